package org.livelihoodmatch.vacancy;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.livelihoodmatch.IntegrationTest;
import org.livelihoodmatch.TestFixtures;
import org.livelihoodmatch.organisation.Organisation;
import org.livelihoodmatch.organisation.OrganisationKind;
import org.livelihoodmatch.organisation.OrganisationService;
import org.livelihoodmatch.organisation.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IntegrationTest
class VacancyApiIntegrationTests {

  static final String LAWFUL =
      """
      {"title": "Sewing machine operator", "occupation": "sewing-machine-operator",
       "province": "12", "workplaceAddress": "No. 5, Street 598, Chrang Chamres, Phnom Penh",
       "positions": 10, "monthlyWage": 210.00, "hoursPerWeek": 48,
       "providesAccommodation": false, "providesMeals": false, "minAge": 18,
       "startDate": "2027-02-01", "workerPaysFees": false, "employerHoldsDocuments": false,
       "crossBorder": false, "description": "Sewing shirts"}
      """;

  @Autowired MockMvc mvc;
  @Autowired OrganisationService organisations;
  TestFixtures fixtures;
  Organisation employer;
  RequestPostProcessor employerUser;
  RequestPostProcessor officer;

  @BeforeEach
  void setUp() {
    fixtures = new TestFixtures(organisations);
    employer = fixtures.organisation(OrganisationKind.EMPLOYER);
    employerUser = fixtures.user(employer, Role.EMPLOYER);
    officer = fixtures.user(fixtures.organisation(OrganisationKind.NGO), Role.OFFICER);
  }

  private org.springframework.test.web.servlet.ResultActions postAs(
      RequestPostProcessor who, String body) throws Exception {
    return mvc.perform(
        post("/api/v1/vacancies").with(who).contentType(MediaType.APPLICATION_JSON).content(body));
  }

  @Test
  void aLawfulOfferOfAVerifiedEmployerOpensAtOnce() throws Exception {
    postAs(employerUser, LAWFUL)
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.status").value("OPEN"))
        .andExpect(jsonPath("$.redFlags.length()").value(0))
        .andExpect(jsonPath("$.employerId").value(employer.id().toString()));
  }

  @Test
  void illegalOffersAreRefusedNamingEachRule() throws Exception {
    String illegal =
        LAWFUL
            .replace("210.00", "150.00")
            .replace("\"minAge\": 18", "\"minAge\": 14")
            .replace("\"workerPaysFees\": false", "\"workerPaysFees\": true")
            .replace("\"employerHoldsDocuments\": false", "\"employerHoldsDocuments\": true");
    postAs(employerUser, illegal)
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath(
                "$.errors[*].field",
                containsInAnyOrder(
                    "monthlyWage", "minAge", "workerPaysFees", "employerHoldsDocuments")));
    mvc.perform(get("/api/v1/vacancies").with(employerUser))
        .andExpect(jsonPath("$.total").value(0));
  }

  @Test
  void redFlagsHoldAnOfferForReviewUntilAnOfficerDecides() throws Exception {
    String flagged =
        LAWFUL
            .replace("\"hoursPerWeek\": 48", "\"hoursPerWeek\": 60")
            .replace("\"crossBorder\": false", "\"crossBorder\": true");
    String body =
        postAs(employerUser, flagged)
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.status").value("PENDING_REVIEW"))
            .andExpect(
                jsonPath(
                    "$.redFlags[*].code",
                    containsInAnyOrder("HOURS_ABOVE_LEGAL_WEEK", "CROSS_BORDER")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String id = JsonPath.read(body, "$.id");
    mvc.perform(
            patch("/api/v1/vacancies/" + id + "/status")
                .with(employerUser)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\": \"OPEN\"}"))
        .andExpect(status().isForbidden());
    mvc.perform(
            patch("/api/v1/vacancies/" + id + "/status")
                .with(officer)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\": \"REJECTED\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("reason"));
    mvc.perform(
            patch("/api/v1/vacancies/" + id + "/status")
                .with(officer)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\": \"REJECTED\", \"reason\": \"work in Thailand\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("REJECTED"));
  }

  @Test
  void anUnverifiedEmployersOfferWaitsForReview() throws Exception {
    Organisation fresh =
        organisations.register(
            TestFixtures.unique("fresh"), OrganisationKind.EMPLOYER, "12", null, null, null, null);
    postAs(fixtures.user(fresh, Role.EMPLOYER), LAWFUL)
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.status").value("PENDING_REVIEW"))
        .andExpect(jsonPath("$.redFlags[*].code", hasItem("UNVERIFIED_EMPLOYER")));
  }

  @Test
  void anOfficerPostsOnlyForAVerifiedEmployerAndEmployersSeeOnlyTheirOwn() throws Exception {
    postAs(officer, LAWFUL)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("employerId"));
    String body =
        postAs(
                officer,
                LAWFUL.replace(
                    "\"description\"",
                    "\"employerId\": \"" + employer.id() + "\", \"description\""))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String id = JsonPath.read(body, "$.id");
    var rival = fixtures.user(fixtures.organisation(OrganisationKind.EMPLOYER), Role.EMPLOYER);
    mvc.perform(get("/api/v1/vacancies/" + id).with(rival)).andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/vacancies/" + id).with(employerUser)).andExpect(status().isOk());
  }
}
