package org.livelihoodmatch.interchange;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.livelihoodmatch.TestFixtures;
import org.livelihoodmatch.organisation.Organisation;
import org.livelihoodmatch.organisation.OrganisationKind;
import org.livelihoodmatch.organisation.OrganisationService;
import org.livelihoodmatch.organisation.Role;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * An NGO with an officer (who may also plan), and what a client's case needs through the API: a
 * client, a vacancy of a verified employer, a placement with a visit. For the referral and
 * interchange tests.
 */
public final class Casework {

  public final MockMvc mvc;
  public final Organisation ngo;
  public final String officerName = TestFixtures.unique("officer");
  public final RequestPostProcessor officer;
  public final LocalDate today;
  private final OrganisationService organisations;
  private RequestPostProcessor employer;

  public Casework(MockMvc mvc, OrganisationService organisations, java.time.Clock clock) {
    this(mvc, organisations, clock, OrganisationKind.NGO);
  }

  public Casework(
      MockMvc mvc,
      OrganisationService organisations,
      java.time.Clock clock,
      OrganisationKind kind) {
    this.mvc = mvc;
    this.organisations = organisations;
    this.today = LocalDate.now(clock);
    this.ngo = new TestFixtures(organisations).organisation(kind);
    organisations.createUser(
        officerName, TestFixtures.PASSWORD, ngo.id(), Set.of(Role.OFFICER, Role.PLANNER));
    this.officer =
        SecurityMockMvcRequestPostProcessors.httpBasic(officerName, TestFixtures.PASSWORD);
  }

  /** A user of this organisation with other roles. */
  public RequestPostProcessor user(Role... roles) {
    return new TestFixtures(organisations).user(ngo, roles);
  }

  /** An adult in the province who lives at home and wants garment work there. */
  public UUID client(String givenName, String province) throws Exception {
    return created(
        post("/api/v1/clients")
            .with(officer)
            .contentType(MediaType.APPLICATION_JSON)
            .content(
                """
                {"givenName": "%s", "familyName": "Test", "sex": "F", "birthDate": "2001-06-01",
                 "homeProvince": "%s", "languages": ["km"], "literacy": "BASIC",
                 "skills": [{"occupation": "sewing-machine-operator", "level": "TRAINED"}],
                 "preferences": {"occupations": ["sewing-machine-operator"], "provinces": ["%s"],
                                 "willingToRelocate": false, "selfEmployment": false},
                 "household": {"dependants": 1, "monthlyRemittance": 20.00, "canLiveAtHome": true}}
                """
                    .formatted(givenName, province, province)));
  }

  /** A garment vacancy of a verified employer in the province, starting in ten days. */
  public UUID vacancy(String province) throws Exception {
    if (employer == null) {
      TestFixtures fixtures = new TestFixtures(organisations);
      employer = fixtures.user(fixtures.organisation(OrganisationKind.EMPLOYER), Role.EMPLOYER);
    }
    return created(
        post("/api/v1/vacancies")
            .with(employer)
            .contentType(MediaType.APPLICATION_JSON)
            .content(
                """
                {"title": "Sewing machine operator", "occupation": "sewing-machine-operator",
                 "province": "%s", "workplaceAddress": "No. 3, National Road 2, by the market",
                 "positions": 5, "monthlyWage": 260.00, "hoursPerWeek": 48, "minAge": 18,
                 "startDate": "%s", "description": "Regular hours, paid monthly"}
                """
                    .formatted(province, today.plusDays(10))));
  }

  /** Places the client on the vacancy, started two months ago, with the first month visited. */
  public UUID placeAndVisit(UUID client, UUID vacancy) throws Exception {
    UUID placement =
        created(
            post("/api/v1/clients/" + client + "/placements")
                .with(officer)
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"pathway": {"kind": "JOB", "vacancy": {"id": "%s"}}, "startDate": "%s"}
                    """
                        .formatted(vacancy, today.minusMonths(2))));
    created(
        post("/api/v1/placements/" + placement + "/follow-ups")
            .with(officer)
            .contentType(MediaType.APPLICATION_JSON)
            .content(
                """
                {"month": 1, "visitDate": "%s", "stillInPlacement": true, "monthlyIncome": 190.00,
                 "livingCosts": {"food": 55.00, "accommodation": 40.00, "transport": 10.00,
                                 "other": 10.00}, "remittance": 20.00, "loanRepaid": true}
                """
                    .formatted(today.minusMonths(1))));
    return placement;
  }

  public String json(RequestPostProcessor who, String path) throws Exception {
    return mvc.perform(get(path).with(who)).andReturn().getResponse().getContentAsString();
  }

  public UUID created(MockHttpServletRequestBuilder request) throws Exception {
    var response = mvc.perform(request).andReturn().getResponse();
    if (response.getStatus() != 201) {
      throw new AssertionError(response.getStatus() + " " + response.getContentAsString());
    }
    return UUID.fromString(JsonPath.read(response.getContentAsString(), "$.id"));
  }
}
