package org.livelihoodmatch.vacancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A signed-in employer changes her own vacancy through the one screening, records the positions she
 * has filled, and closes it after confirming; another employer's vacancy is not found, and other
 * roles are refused.
 */
@IntegrationTest
class EmployerVacancyChangesIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  @Autowired OrganisationService organisations;
  @Autowired UserDetailsService directory;
  TestFixtures fixtures;
  PageUsers users;
  Organisation employer;
  RequestPostProcessor page;
  UUID vacancy;

  @BeforeEach
  void setUp() throws Exception {
    fixtures = new TestFixtures(organisations);
    users = new PageUsers(organisations, directory);
    employer = fixtures.organisation(OrganisationKind.EMPLOYER);
    page = users.signedIn(employer, Role.EMPLOYER);
    vacancy = postViaApi(employer);
  }

  private Map<String, String> terms(long version) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("version", Long.toString(version));
    fields.put("title", "Sewing machine operator, night shift");
    fields.put("occupation", "sewing-machine-operator");
    fields.put("province", "12");
    fields.put("workplaceAddress", "No. 5, Street 598, Chrang Chamres, Phnom Penh");
    fields.put("positions", "10");
    fields.put("monthlyWage", "230.00");
    fields.put("hoursPerWeek", "48");
    fields.put("providesAccommodation", "false");
    fields.put("providesMeals", "true");
    fields.put("minAge", "18");
    fields.put("startDate", "2027-02-01");
    fields.put("workerPaysFees", "false");
    fields.put("employerHoldsDocuments", "false");
    fields.put("crossBorder", "false");
    fields.put("description", "Sewing shirts");
    return fields;
  }

  private MockHttpServletRequestBuilder edit(Map<String, String> fields) {
    MockHttpServletRequestBuilder request =
        post("/employer/vacancies/" + vacancy + "/edit").with(page).with(csrf());
    fields.forEach(request::param);
    return request;
  }

  @Test
  void sheChangesHerVacancyThroughTheScreening() throws Exception {
    String form =
        mvc.perform(get("/employer/vacancies/" + vacancy + "/edit").with(page))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(form).contains("value=\"Sewing machine operator\"", "value=\"210.00\"");
    long version = versionOf();

    // below the legal floor: refused beside the wage, what was typed kept, nothing changed
    String refused =
        mvc.perform(edit(FormPage.with(terms(version), "monthlyWage", "150.00")))
            .andExpect(status().isBadRequest())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(refused)
        .contains("id=\"monthlyWage-error\"", "below the legal minimum")
        .contains("value=\"150.00\"", "value=\"Sewing machine operator, night shift\"");
    assertThat(field("monthly_wage")).isEqualTo("210.00");

    // a lawful change of a published vacancy stays published
    mvc.perform(edit(terms(version))).andExpect(redirectedUrl("/employer/vacancies"));
    assertThat(field("monthly_wage")).isEqualTo("230.00");
    assertThat(field("status")).isEqualTo("OPEN");

    // a page opened before that change does not overwrite it
    assertThat(
            mvc.perform(edit(FormPage.with(terms(version), "title", "Stale")))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains("The vacancy was changed meanwhile");
    assertThat(field("title")).isEqualTo("Sewing machine operator, night shift");

    // a red flag (hours beyond the legal week) holds it for an officer again
    mvc.perform(edit(FormPage.with(terms(versionOf()), "hoursPerWeek", "60")))
        .andExpect(redirectedUrl("/employer/vacancies"));
    assertThat(field("status")).isEqualTo("PENDING_REVIEW");
    assertThat(field("red_flags::text")).contains("HOURS_ABOVE_LEGAL_WEEK");
  }

  @Test
  void sheRecordsPositionsFilledUntilTheVacancyIsFilled() throws Exception {
    mvc.perform(
            post("/employer/vacancies/" + vacancy + "/filled")
                .param("positionsFilled", "៣")
                .with(page)
                .with(csrf()))
        .andExpect(redirectedUrl("/employer/vacancies"))
        .andExpect(flash().attribute("done", "employer.vacancies.filledRecorded"));
    assertThat(field("positions_filled")).isEqualTo("3");
    mvc.perform(
            post("/employer/vacancies/" + vacancy + "/filled")
                .param("positionsFilled", "2")
                .with(page)
                .with(csrf()))
        .andExpect(flash().attribute("problem", "Give a number from 3 to 10."));
    assertThat(
            mvc.perform(get("/employer/vacancies").with(page))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains("3 of 10 positions filled");
    mvc.perform(
            post("/employer/vacancies/" + vacancy + "/filled")
                .param("positionsFilled", "10")
                .with(page)
                .with(csrf()))
        .andExpect(redirectedUrl("/employer/vacancies"));
    assertThat(field("status")).isEqualTo("FILLED");
  }

  @Test
  void closingAsksFirst() throws Exception {
    String confirm =
        mvc.perform(get("/employer/vacancies/" + vacancy + "/close").param("lang", "km").with(page))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(confirm).contains("id=\"confirm-close\"", "បិទការងារនេះឬ?");
    assertThat(field("status")).isEqualTo("OPEN");
    mvc.perform(post("/employer/vacancies/" + vacancy + "/close").with(page).with(csrf()))
        .andExpect(redirectedUrl("/employer/vacancies"));
    assertThat(field("status")).isEqualTo("CLOSED");
    mvc.perform(get("/employer/vacancies/" + vacancy + "/edit").with(page))
        .andExpect(status().isOk());
    mvc.perform(edit(terms(versionOf()))).andExpect(status().isBadRequest());
    assertThat(field("status")).isEqualTo("CLOSED");
  }

  @Test
  void anotherEmployersVacancyIsNotFoundAndOtherRolesAreRefused() throws Exception {
    RequestPostProcessor rival =
        users.signedIn(fixtures.organisation(OrganisationKind.EMPLOYER), Role.EMPLOYER);
    mvc.perform(get("/employer/vacancies/" + vacancy + "/edit").with(rival))
        .andExpect(status().isNotFound());
    mvc.perform(get("/employer/vacancies/" + vacancy + "/close").with(rival))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/employer/vacancies/" + vacancy + "/filled")
                .param("positionsFilled", "5")
                .with(rival)
                .with(csrf()))
        .andExpect(status().isNotFound());
    MockHttpServletRequestBuilder rivalEdit =
        post("/employer/vacancies/" + vacancy + "/edit").with(rival).with(csrf());
    terms(versionOf()).forEach(rivalEdit::param);
    mvc.perform(rivalEdit).andExpect(status().isNotFound());
    assertThat(field("title")).isEqualTo("Sewing machine operator");
    assertThat(field("positions_filled")).isEqualTo("0");

    Organisation ngo = fixtures.organisation(OrganisationKind.NGO);
    for (RequestPostProcessor other :
        new RequestPostProcessor[] {
          users.signedIn(ngo, Role.OFFICER),
          users.signedIn(ngo, Role.PLANNER),
          users.signedIn(fixtures.organisation(OrganisationKind.ADMINISTRATION), Role.ADMIN),
          users.signedIn(fixtures.organisation(OrganisationKind.GOVERNMENT), Role.REPORTER)
        }) {
      mvc.perform(get("/employer/vacancies/" + vacancy + "/edit").with(other))
          .andExpect(status().isForbidden());
    }
    mvc.perform(get("/employer/vacancies/" + vacancy + "/edit")).andExpect(redirectedUrl("/login"));
  }

  private long versionOf() {
    return jdbc.queryForObject("select version from vacancy where id = ?", Long.class, vacancy);
  }

  private String field(String column) {
    return jdbc.queryForObject(
        "select " + column + "::text from vacancy where id = ?", String.class, vacancy);
  }

  private UUID postViaApi(Organisation organisation) throws Exception {
    String json =
        mvc.perform(
                post("/api/v1/vacancies")
                    .with(fixtures.user(organisation, Role.EMPLOYER))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(VacancyApiIntegrationTests.LAWFUL))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return UUID.fromString(JsonPath.read(json, "$.id"));
  }
}
