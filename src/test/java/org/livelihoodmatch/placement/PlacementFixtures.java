package org.livelihoodmatch.placement;

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
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * An NGO with an officer, a verified employer and the offers and clients a placement test needs,
 * all through the API. Pathways are posted as matches show them, naming their vacancy and intake.
 */
final class PlacementFixtures {

  final MockMvc mvc;
  final Organisation ngo;
  final String officerName = TestFixtures.unique("officer");
  final RequestPostProcessor officer;
  final RequestPostProcessor employer;
  final String province;

  /** The service's today (Phnom Penh's date, a day ahead of UTC's for seven hours a day). */
  final LocalDate today;

  PlacementFixtures(
      MockMvc mvc, OrganisationService organisations, java.time.Clock clock, String province) {
    this.mvc = mvc;
    this.today = LocalDate.now(clock);
    this.province = province;
    TestFixtures fixtures = new TestFixtures(organisations);
    this.ngo = fixtures.organisation(OrganisationKind.NGO);
    organisations.createUser(officerName, TestFixtures.PASSWORD, ngo.id(), Set.of(Role.OFFICER));
    this.officer =
        SecurityMockMvcRequestPostProcessors.httpBasic(officerName, TestFixtures.PASSWORD);
    this.employer = fixtures.user(fixtures.organisation(OrganisationKind.EMPLOYER), Role.EMPLOYER);
  }

  UUID vacancy(int positions, String wage, LocalDate start) throws Exception {
    return created(
        post("/api/v1/vacancies")
            .with(employer)
            .contentType(MediaType.APPLICATION_JSON)
            .content(
                """
                {"title": "Sewing machine operator", "occupation": "sewing-machine-operator",
                 "province": "%s", "workplaceAddress": "No. 3, National Road 2, by the market",
                 "positions": %d, "monthlyWage": %s, "hoursPerWeek": 48, "minAge": 18,
                 "startDate": "%s", "description": "Regular hours, paid monthly"}
                """
                    .formatted(province, positions, wage, start)));
  }

  UUID intake(int seats, LocalDate start, int weeks) throws Exception {
    return created(
        post("/api/v1/training-intakes")
            .with(officer)
            .contentType(MediaType.APPLICATION_JSON)
            .content(
                """
                {"title": "Sewing, 3 months", "occupation": "sewing-machine-operator",
                 "provider": "Test NGO", "province": "%s", "startDate": "%s",
                 "durationWeeks": %d, "seats": %d, "minAge": 15, "literacyRequired": "NONE",
                 "providesAccommodation": true, "monthlyStipend": 20.00}
                """
                    .formatted(province, start, weeks, seats)));
  }

  /** An adult who lives at home in the province and wants garment work there. */
  UUID client(String givenName) throws Exception {
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

  static String job(UUID vacancy) {
    return "{\"kind\": \"JOB\", \"vacancy\": {\"id\": \"%s\"}}".formatted(vacancy);
  }

  static String trainingThenJob(UUID intake, UUID vacancy) {
    return "{\"kind\": \"TRAINING_THEN_JOB\", \"training\": {\"id\": \"%s\"}, \"vacancy\": {\"id\": \"%s\"}}"
        .formatted(intake, vacancy);
  }

  ResultActions place(UUID client, String pathway, String extra) throws Exception {
    return mvc.perform(
        post("/api/v1/clients/" + client + "/placements")
            .with(officer)
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"pathway\": " + pathway + extra + "}"));
  }

  ResultActions visit(UUID placement, String body) throws Exception {
    return mvc.perform(
        post("/api/v1/placements/" + placement + "/follow-ups")
            .with(officer)
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }

  String json(String path) throws Exception {
    return mvc.perform(get(path).with(officer)).andReturn().getResponse().getContentAsString();
  }

  static UUID id(ResultActions result) throws Exception {
    return UUID.fromString(
        JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id"));
  }

  private UUID created(MockHttpServletRequestBuilder request) throws Exception {
    var response = mvc.perform(request).andReturn().getResponse();
    if (response.getStatus() != 201) {
      throw new AssertionError(response.getStatus() + " " + response.getContentAsString());
    }
    return UUID.fromString(JsonPath.read(response.getContentAsString(), "$.id"));
  }
}
