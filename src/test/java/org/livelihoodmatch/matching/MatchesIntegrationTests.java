package org.livelihoodmatch.matching;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
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

@IntegrationTest
class MatchesIntegrationTests {

  private static final java.util.Random RANDOM = new java.util.Random();

  @Autowired MockMvc mvc;
  @Autowired OrganisationService organisations;

  @Test
  void aClientsMatchesUseTheStoredIntakesAndVacanciesWithBudgetsAndReasons() throws Exception {
    var fixtures = new TestFixtures(organisations);
    Organisation ngo = fixtures.organisation(OrganisationKind.NGO);
    var officer = fixtures.user(ngo, Role.OFFICER);
    var employer = fixtures.user(fixtures.organisation(OrganisationKind.EMPLOYER), Role.EMPLOYER);
    LocalDate start = LocalDate.now().plusMonths(1);
    String occupation = "beautician";
    mvc.perform(
            post("/api/v1/training-intakes")
                .with(officer)
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                {"title": "Beauty salon, 3 months", "occupation": "%s", "provider": "NGO",
                 "province": "12", "startDate": "%s", "durationWeeks": 12, "seats": 10,
                 "minAge": 15, "literacyRequired": "NONE", "providesAccommodation": true,
                 "monthlyStipend": 20.00}
                """
                        .formatted(occupation, start)))
        .andExpect(status().isCreated());
    mvc.perform(
            post("/api/v1/vacancies")
                .with(employer)
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                {"title": "Beautician", "occupation": "%s", "province": "12",
                 "workplaceAddress": "No. 7, Street 63, Boeung Keng Kang, Phnom Penh",
                 "positions": 2, "monthlyWage": 260.00, "hoursPerWeek": 48, "minAge": 18,
                 "startDate": "%s", "description": "Nails and make-up"}
                """
                        .formatted(occupation, start.plusMonths(5))))
        .andExpect(status().isCreated());
    String client =
        mvc.perform(
                post("/api/v1/clients")
                    .with(officer)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        """
                {"givenName": "Srey", "familyName": "Pov", "sex": "F", "birthDate": "2004-05-01",
                 "homeProvince": "12", "literacy": "BASIC",
                 "preferences": {"occupations": ["%s"], "provinces": ["12"]},
                 "household": {"monthlyRemittance": 20, "canLiveAtHome": false}}
                """
                            .formatted(occupation)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String id = JsonPath.read(client, "$.id");
    // candidates come from the search index, where a committed change is visible within a second
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                mvc.perform(get("/api/v1/clients/" + id + "/matches?limit=5").with(officer))
                    .andExpect(jsonPath("$.items.length()").value(greaterThan(0))));
    mvc.perform(get("/api/v1/clients/" + id + "/matches?limit=5").with(officer))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[0].kind").value("TRAINING_THEN_JOB"))
        .andExpect(jsonPath("$.items[0].vacancy.monthlyWage").value(260.00))
        .andExpect(jsonPath("$.items[0].preferenceRank").value(1))
        .andExpect(jsonPath("$.items[0].budget.meetsThreshold").value(true))
        .andExpect(jsonPath("$.items[*].budget.surplus", everyItem(greaterThanOrEqualTo(0.0))))
        .andExpect(
            jsonPath("$.items[0].reasons[0]")
                .value(org.hamcrest.Matchers.startsWith("first choice of occupation")));
    mvc.perform(get("/api/v1/clients/" + id + "/matches?limit=0").with(officer))
        .andExpect(status().isBadRequest());
  }

  @Test
  void whoSpeaksNoKhmerIsMatchedToTheCourseAndTheJobInHerLanguage() throws Exception {
    var fixtures = new TestFixtures(organisations);
    var officer = fixtures.user(fixtures.organisation(OrganisationKind.NGO), Role.OFFICER);
    var employer = fixtures.user(fixtures.organisation(OrganisationKind.EMPLOYER), Role.EMPLOYER);
    LocalDate start = LocalDate.now().plusMonths(1);
    // Her language stands for Tampuan: a code of ISO 639's private-use range (qaa-qtz), new in each
    // run, so that the courses and jobs of earlier runs in the shared database do not speak it.
    String own = "q" + (char) ('a' + RANDOM.nextInt(20)) + (char) ('a' + RANDOM.nextInt(26));
    String course =
        """
        {"title": "Cooking, 3 months", "occupation": "cook", "provider": "NGO", "province": "16",
         "startDate": "%s", "durationWeeks": 12, "seats": 10, "minAge": 15,
         "literacyRequired": "NONE", "providesAccommodation": true, "monthlyStipend": 20.00%s}
        """;
    String inHerLanguage =
        idOf(
            postJson(
                    officer,
                    "/api/v1/training-intakes",
                    course.formatted(start, ", \"languages\": [\"%s\", \"km\"]".formatted(own)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.languages", contains("km", own))));
    String inKhmer =
        idOf(
            postJson(officer, "/api/v1/training-intakes", course.formatted(start, ""))
                .andExpect(jsonPath("$.languages", contains("km"))));
    postJson(
            officer,
            "/api/v1/training-intakes",
            course.formatted(start, ", \"languages\": [\"km\", \"Tampuan\"]"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("languages[1]"))
        .andExpect(jsonPath("$.errors[0].message").value("must be a language code such as km"));
    postJson(
            employer,
            "/api/v1/vacancies",
            """
                {"title": "Kitchen helper", "occupation": "cook", "province": "16",
                 "workplaceAddress": "Guesthouse, Banlung, Ratanakiri", "positions": 2,
                 "monthlyWage": 260.00, "hoursPerWeek": 48, "minAge": 18, "startDate": "%s",
                 "description": "Cooking for guests", "languages": ["km", "%s"]}
                """
                .formatted(start.plusMonths(5), own))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.languages", contains("km", own)));
    String id =
        idOf(
            postJson(
                officer,
                "/api/v1/clients",
                """
                {"givenName": "Nang", "familyName": "Sev", "sex": "F", "birthDate": "2005-03-01",
                 "homeProvince": "16", "languages": ["%s"], "literacy": "NONE",
                 "preferences": {"occupations": ["cook"], "provinces": ["16"]},
                 "household": {"monthlyRemittance": 0, "canLiveAtHome": true}}
                """
                    .formatted(own)));
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                mvc.perform(get("/api/v1/clients/" + id + "/matches?limit=20").with(officer))
                    .andExpect(jsonPath("$.items[*].training.id", hasItem(inHerLanguage))));
    mvc.perform(get("/api/v1/clients/" + id + "/matches?limit=20").with(officer))
        .andExpect(jsonPath("$.items[*].training.id", not(hasItem(inKhmer))))
        .andExpect(jsonPath("$.items[*].vacancy.title", everyItem(is("Kitchen helper"))))
        .andExpect(jsonPath("$.items[0].vacancy.languages", contains("km", own)));
  }

  private org.springframework.test.web.servlet.ResultActions postJson(
      org.springframework.test.web.servlet.request.RequestPostProcessor who,
      String path,
      String body)
      throws Exception {
    return mvc.perform(post(path).with(who).contentType(MediaType.APPLICATION_JSON).content(body));
  }

  private static String idOf(org.springframework.test.web.servlet.ResultActions created)
      throws Exception {
    return JsonPath.read(created.andReturn().getResponse().getContentAsString(), "$.id");
  }
}
