package org.livelihoodmatch.planning;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.livelihoodmatch.TestFixtures;
import org.livelihoodmatch.organisation.Organisation;
import org.livelihoodmatch.organisation.OrganisationKind;
import org.livelihoodmatch.organisation.OrganisationService;
import org.livelihoodmatch.organisation.Role;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Builds small cohorts through the API for plan tests: an NGO with a planner, a verified employer,
 * intakes, vacancies and clients, all in one province so that each test's cohort sees only its own
 * intakes and vacancies (clients neither relocate nor take a business). The test database persists
 * between runs, so the intakes and vacancies left in that province by earlier runs are first taken
 * off the market (filled).
 *
 * <p>The two-client cohort of {@link #scarceSeat()}: one hairdressing seat, wanted first by Sokha
 * (registered first, who could also take a garment job, her second choice) and by Theary (who has
 * no other option). First come, first served leaves Theary without a pathway; the optimum gives
 * Theary the seat and Sokha the garment job.
 */
final class PlanFixtures {

  final MockMvc mvc;
  final OrganisationService organisations;
  final Organisation ngo;
  final String plannerName = TestFixtures.unique("planner");
  final RequestPostProcessor planner;
  final RequestPostProcessor employer;
  final String province;
  final LocalDate today = LocalDate.now();

  PlanFixtures(MockMvc mvc, OrganisationService organisations, JdbcTemplate jdbc, String province) {
    jdbc.update("update vacancy set positions_filled = positions where province = ?", province);
    jdbc.update("update training_intake set seats_taken = seats where province = ?", province);
    this.mvc = mvc;
    this.organisations = organisations;
    this.province = province;
    TestFixtures fixtures = new TestFixtures(organisations);
    this.ngo = fixtures.organisation(OrganisationKind.NGO);
    organisations.createUser(
        plannerName, TestFixtures.PASSWORD, ngo.id(), Set.of(Role.PLANNER, Role.OFFICER));
    this.planner =
        SecurityMockMvcRequestPostProcessors.httpBasic(plannerName, TestFixtures.PASSWORD);
    this.employer = fixtures.user(fixtures.organisation(OrganisationKind.EMPLOYER), Role.EMPLOYER);
  }

  /** The ids of the scarce-seat cohort. */
  record ScarceSeat(UUID sokha, UUID theary, UUID hairIntake, UUID salon, UUID garment) {}

  ScarceSeat scarceSeat() throws Exception {
    return scarceSeat(false);
  }

  /**
   * The scarce-seat cohort; with {@code thearyHeadsHousehold} Theary heads her household, which
   * raises her priority above Sokha's.
   */
  ScarceSeat scarceSeat(boolean thearyHeadsHousehold) throws Exception {
    LocalDate trainingStart = today.plusDays(30);
    UUID intake = intake("hairdresser", 1, trainingStart, 12);
    UUID salon = vacancy("hairdresser", 2, "250.00", trainingStart.plusWeeks(12).plusDays(30));
    UUID garment = vacancy("sewing-machine-operator", 2, "230.00", today.plusDays(20));
    UUID sokha = client("Sokha", "[\"hairdresser\", \"sewing-machine-operator\"]");
    UUID theary = client("Theary", "[\"hairdresser\"]", thearyHeadsHousehold);
    return new ScarceSeat(sokha, theary, intake, salon, garment);
  }

  UUID intake(String occupation, int seats, LocalDate start, int weeks) throws Exception {
    return created(
        post("/api/v1/training-intakes")
            .with(planner)
            .contentType(MediaType.APPLICATION_JSON)
            .content(
                """
                {"title": "%s course", "occupation": "%s", "provider": "Test NGO",
                 "province": "%s", "startDate": "%s", "durationWeeks": %d, "seats": %d,
                 "minAge": 15, "literacyRequired": "NONE", "providesAccommodation": true,
                 "monthlyStipend": 20.00, "costPerTrainee": 150.00}
                """
                    .formatted(occupation, occupation, province, start, weeks, seats)));
  }

  UUID vacancy(String occupation, int positions, String wage, LocalDate start) throws Exception {
    return created(
        post("/api/v1/vacancies")
            .with(employer)
            .contentType(MediaType.APPLICATION_JSON)
            .content(
                """
                {"title": "%s wanted", "occupation": "%s", "province": "%s",
                 "workplaceAddress": "No. 12, Street 271, near the provincial market",
                 "positions": %d, "monthlyWage": %s, "hoursPerWeek": 48, "minAge": 18,
                 "startDate": "%s", "description": "Regular hours, paid monthly"}
                """
                    .formatted(occupation, occupation, province, positions, wage, start)));
  }

  /** An adult client of the province who stays there, with ranked occupations (JSON array). */
  UUID client(String givenName, String occupations) throws Exception {
    return client(givenName, occupations, false);
  }

  UUID client(String givenName, String occupations, boolean headOfHousehold) throws Exception {
    return created(
        post("/api/v1/clients")
            .with(planner)
            .contentType(MediaType.APPLICATION_JSON)
            .content(
                """
                {"givenName": "%s", "familyName": "Test", "sex": "F", "birthDate": "2000-03-01",
                 "homeProvince": "%s", "languages": ["km"], "literacy": "BASIC",
                 "preferences": {"occupations": %s, "provinces": ["%s"],
                                 "willingToRelocate": false, "selfEmployment": false},
                 "household": {"dependants": 0, "monthlyRemittance": 10.00, "canLiveAtHome": true,
                               "headOfHousehold": %s}}
                """
                    .formatted(givenName, province, occupations, province, headOfHousehold)));
  }

  /** Starts a plan of these clients; returns its id. */
  UUID startPlan(int timeLimitSeconds, UUID... clients) throws Exception {
    StringBuilder ids = new StringBuilder();
    for (UUID c : clients) {
      ids.append(ids.isEmpty() ? "" : ", ").append('"').append(c).append('"');
    }
    String body =
        mvc.perform(
                post("/api/v1/plans")
                    .with(planner)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        """
                        {"name": "Test cohort", "clientIds": [%s], "timeLimitSeconds": %d}
                        """
                            .formatted(ids, timeLimitSeconds)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    return UUID.fromString(JsonPath.read(body, "$.id"));
  }

  /** The plan's JSON. */
  String plan(UUID planId) throws Exception {
    return mvc.perform(get("/api/v1/plans/" + planId).with(planner))
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  String status(UUID planId) throws Exception {
    return JsonPath.read(plan(planId), "$.status");
  }

  /** Waits until the plan is no longer SOLVING; returns its status. */
  String awaitEnd(UUID planId) {
    Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> !"SOLVING".equals(status(planId)));
    try {
      return status(planId);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private UUID created(
      org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
      throws Exception {
    var response = mvc.perform(request).andReturn().getResponse();
    if (response.getStatus() != 201) {
      throw new AssertionError(response.getStatus() + " " + response.getContentAsString());
    }
    return UUID.fromString(JsonPath.read(response.getContentAsString(), "$.id"));
  }
}
