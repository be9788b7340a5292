package org.livelihoodmatch.vacancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** An employer's own vacancies page: its vacancies only, with status and red flags; closing. */
@IntegrationTest
class EmployerVacanciesIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  @Autowired OrganisationService organisations;
  @Autowired UserDetailsService directory;
  TestFixtures fixtures;
  PageUsers users;
  Organisation employer;
  RequestPostProcessor employerPage;

  @BeforeEach
  void setUp() {
    fixtures = new TestFixtures(organisations);
    users = new PageUsers(organisations, directory);
    employer = fixtures.organisation(OrganisationKind.EMPLOYER);
    employerPage = users.signedIn(employer, Role.EMPLOYER);
  }

  @Test
  void anEmployerSeesItsOwnVacanciesWithStatusAndRedFlagsAndNoOneElses() throws Exception {
    String own = TestFixtures.unique("Night shift sewing");
    postViaApi(employer, own, 60);
    Organisation rival = fixtures.organisation(OrganisationKind.EMPLOYER);
    String theirs = TestFixtures.unique("Rival cutter");
    postViaApi(rival, theirs, 48);
    String html =
        mvc.perform(get("/employer/vacancies").with(employerPage))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html)
        .contains(own, "Waiting for review", "More hours than the legal week of 48 hours.")
        .contains("Close this vacancy")
        .doesNotContain(theirs);
    assertThat(
            mvc.perform(get("/employer/vacancies").param("lang", "km").with(employerPage))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains("ការងាររបស់អ្នក", "កំពុងរង់ចាំការពិនិត្យ");
  }

  @Test
  void anEmployerClosesItsOwnVacancyButNotAnotherOne() throws Exception {
    UUID own = postViaApi(employer, TestFixtures.unique("Cook"), 48);
    UUID theirs =
        postViaApi(
            fixtures.organisation(OrganisationKind.EMPLOYER), TestFixtures.unique("Cook"), 48);
    mvc.perform(post("/employer/vacancies/" + own + "/close").with(employerPage))
        .andExpect(status().isForbidden());
    mvc.perform(post("/employer/vacancies/" + own + "/close").with(employerPage).with(csrf()))
        .andExpect(redirectedUrl("/employer/vacancies"));
    assertThat(statusOf(own)).isEqualTo("CLOSED");
    mvc.perform(post("/employer/vacancies/" + theirs + "/close").with(employerPage).with(csrf()))
        .andExpect(status().isNotFound());
    assertThat(statusOf(theirs)).isEqualTo("OPEN");
    // Closing twice is explained, not an error.
    mvc.perform(post("/employer/vacancies/" + own + "/close").with(employerPage).with(csrf()))
        .andExpect(redirectedUrl("/employer/vacancies"))
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                .attributeExists("problem"));
  }

  @Test
  void thePageIsForEmployersOnly() throws Exception {
    mvc.perform(get("/employer/vacancies")).andExpect(redirectedUrl("/login"));
    var officer = users.signedIn(fixtures.organisation(OrganisationKind.NGO), Role.OFFICER);
    mvc.perform(get("/employer/vacancies").with(officer)).andExpect(status().isForbidden());
  }

  private UUID postViaApi(Organisation organisation, String title, int hours) throws Exception {
    String body =
        VacancyApiIntegrationTests.LAWFUL
            .replace("Sewing machine operator", title)
            .replace("\"hoursPerWeek\": 48", "\"hoursPerWeek\": " + hours);
    String json =
        mvc.perform(
                post("/api/v1/vacancies")
                    .with(fixtures.user(organisation, Role.EMPLOYER))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return UUID.fromString(JsonPath.read(json, "$.id"));
  }

  private String statusOf(UUID id) {
    return jdbc.queryForObject("select status from vacancy where id = ?", String.class, id);
  }
}
