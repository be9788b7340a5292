package org.livelihoodmatch.reporting;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.livelihoodmatch.TestFixtures;
import org.livelihoodmatch.organisation.Organisation;
import org.livelihoodmatch.organisation.OrganisationKind;
import org.livelihoodmatch.organisation.OrganisationService;
import org.livelihoodmatch.organisation.Role;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * An NGO with an officer that places clients through the API as a report needs them: in a province,
 * of a sex, from a start date in the past; then visits and ends them. Each province gets a garment
 * vacancy of a verified employer with room for everyone.
 */
final class ReportFixtures {

  final MockMvc mvc;
  final Organisation ngo;
  final RequestPostProcessor officer;
  final LocalDate today;
  private final RequestPostProcessor employer;
  private final Map<String, UUID> vacancies = new HashMap<>();
  private int clients;

  ReportFixtures(MockMvc mvc, OrganisationService organisations, Clock clock) {
    this.mvc = mvc;
    this.today = LocalDate.now(clock);
    TestFixtures fixtures = new TestFixtures(organisations);
    this.ngo = fixtures.organisation(OrganisationKind.NGO);
    this.officer = fixtures.user(ngo, Role.OFFICER);
    this.employer = fixtures.user(fixtures.organisation(OrganisationKind.EMPLOYER), Role.EMPLOYER);
  }

  /** A client of {@code sex} from {@code province} placed in a job there from {@code start}. */
  UUID placed(String province, String sex, LocalDate start) throws Exception {
    UUID vacancy = vacancies.get(province);
    if (vacancy == null) {
      vacancy = vacancy(province);
      vacancies.put(province, vacancy);
    }
    UUID client = client(province, sex);
    return created(
        post("/api/v1/clients/" + client + "/placements")
            .with(officer)
            .contentType(MediaType.APPLICATION_JSON)
            .content(
                "{\"pathway\": {\"kind\": \"JOB\", \"vacancy\": {\"id\": \"%s\"}}, \"startDate\": \"%s\"}"
                    .formatted(vacancy, start)));
  }

  /**
   * A visit of {@code month} on {@code date} at which she earned {@code income}: her costs and
   * remittance are US$135, so 190 leaves 55 and 100 leaves -35.
   */
  BigDecimal visit(UUID placement, int month, LocalDate date, String income) throws Exception {
    return new BigDecimal(
        JsonPath.read(
                answer(
                    post("/api/v1/placements/" + placement + "/follow-ups")
                        .with(officer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                            """
                {"month": %d, "visitDate": "%s", "stillInPlacement": true, "monthlyIncome": %s,
                 "livingCosts": {"food": 55.00, "accommodation": 40.00, "transport": 10.00,
                                 "other": 10.00},
                 "remittance": 20.00, "loanRepaid": true}
                """
                                .formatted(month, date, income)),
                    201),
                "$.actualBudget.surplus")
            .toString());
  }

  void end(UUID placement, LocalDate date, String reason) throws Exception {
    var response =
        mvc.perform(
                post("/api/v1/placements/" + placement + "/end")
                    .with(officer)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"date\": \"%s\", \"reason\": \"%s\"}".formatted(date, reason)))
            .andReturn()
            .getResponse();
    if (response.getStatus() != 200) {
      throw new AssertionError(response.getStatus() + " " + response.getContentAsString());
    }
  }

  /**
   * Takes this NGO's placements out of the outcome tables after a test, so that the expected
   * retention other tests read (pooled over every placement recorded) stays as they left it, and a
   * later run on the same database starts from the same figures.
   */
  void forget(JdbcTemplate jdbc) {
    jdbc.update("delete from outcome_placement where organisation_id = ?", ngo.id());
  }

  /** The surplus planned when she was placed. */
  BigDecimal plannedSurplus(UUID placement) throws Exception {
    String json =
        mvc.perform(get("/api/v1/placements/" + placement).with(officer))
            .andReturn()
            .getResponse()
            .getContentAsString();
    return new BigDecimal(JsonPath.read(json, "$.pathway.budget.surplus").toString());
  }

  private UUID vacancy(String province) throws Exception {
    return created(
        post("/api/v1/vacancies")
            .with(employer)
            .contentType(MediaType.APPLICATION_JSON)
            .content(
                """
                {"title": "Sewing machine operator", "occupation": "sewing-machine-operator",
                 "province": "%s", "workplaceAddress": "No. 3, National Road 2, by the market",
                 "positions": 40, "monthlyWage": 260.00, "hoursPerWeek": 48, "minAge": 18,
                 "startDate": "%s", "description": "Regular hours, paid monthly"}
                """
                    .formatted(province, today.plusDays(10))));
  }

  private UUID client(String province, String sex) throws Exception {
    clients++;
    return created(
        post("/api/v1/clients")
            .with(officer)
            .contentType(MediaType.APPLICATION_JSON)
            .content(
                """
                {"givenName": "Report%d", "familyName": "Test", "sex": "%s",
                 "birthDate": "1996-06-01", "homeProvince": "%s", "languages": ["km"],
                 "literacy": "BASIC",
                 "skills": [{"occupation": "sewing-machine-operator", "level": "TRAINED"}],
                 "preferences": {"occupations": ["sewing-machine-operator"], "provinces": ["%s"],
                                 "willingToRelocate": false, "selfEmployment": false},
                 "household": {"dependants": 1, "monthlyRemittance": 20.00, "canLiveAtHome": true}}
                """
                    .formatted(clients, sex, province, province)));
  }

  private UUID created(MockHttpServletRequestBuilder request) throws Exception {
    return UUID.fromString(JsonPath.read(answer(request, 201), "$.id"));
  }

  private String answer(MockHttpServletRequestBuilder request, int status) throws Exception {
    var response = mvc.perform(request).andReturn().getResponse();
    if (response.getStatus() != status) {
      throw new AssertionError(response.getStatus() + " " + response.getContentAsString());
    }
    return response.getContentAsString();
  }
}
