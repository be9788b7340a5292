package org.livelihoodmatch.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.livelihoodmatch.IntegrationTest;
import org.livelihoodmatch.TestFixtures;
import org.livelihoodmatch.organisation.Organisation;
import org.livelihoodmatch.organisation.OrganisationKind;
import org.livelihoodmatch.organisation.OrganisationService;
import org.livelihoodmatch.organisation.Role;
import org.livelihoodmatch.vacancy.VacancyService;
import org.livelihoodmatch.vacancy.VacancyStatus;
import org.livelihoodmatch.vacancy.VacancyTerms;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The index follows committed changes within a second, and only committed ones. */
@IntegrationTest
class IndexFreshnessIntegrationTests {

  // The 1-second freshness target is measured in benchmarks/, never asserted as a wall-clock limit
  // here:
  // on a loaded 2-core machine a test only checks that the change becomes visible (and when not).
  static final Duration SOON = Duration.ofSeconds(10);

  @Autowired MockMvc mvc;
  @Autowired OrganisationService organisations;
  @Autowired VacancyService vacancies;
  @Autowired SearchIndex index;
  @Autowired PlatformTransactionManager transactions;
  @Autowired JdbcTemplate jdbc;

  SearchApiCalls api;
  TestFixtures fixtures;
  Organisation employerOrganisation;
  RequestPostProcessor officer;
  RequestPostProcessor employer;

  @BeforeEach
  void setUp() {
    api = new SearchApiCalls(mvc);
    fixtures = new TestFixtures(organisations);
    officer = fixtures.user(fixtures.organisation(OrganisationKind.NGO), Role.OFFICER);
    employerOrganisation = fixtures.organisation(OrganisationKind.EMPLOYER);
    employer = fixtures.user(employerOrganisation, Role.EMPLOYER);
  }

  private void setStatus(String id, String status) throws Exception {
    mvc.perform(
            patch("/api/v1/vacancies/" + id + "/status")
                .with(officer)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\": \"" + status + "\", \"reason\": \"test\"}"))
        .andExpect(status().isOk());
  }

  private static String unique() {
    return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }

  @Test
  void aClosedOrRejectedVacancyDisappearsWithinASecond() throws Exception {
    String word = unique();
    String closed = api.vacancy(employer, "Tailor " + word, "tailor", "12", "Alterations");
    String rejected = api.vacancy(employer, "Tailor " + word, "tailor", "12", "Dresses");
    await().atMost(SOON).until(() -> api.ids(officer, "q=" + word).size() == 2);
    setStatus(closed, "CLOSED");
    setStatus(rejected, "REJECTED");
    await().atMost(SOON).until(() -> api.ids(officer, "q=" + word).isEmpty());
  }

  @Test
  void aVacancyHeldForReviewIsFoundOnlyOnceAnOfficerOpensIt() throws Exception {
    Organisation fresh =
        organisations.register(
            TestFixtures.unique("new-employer"),
            OrganisationKind.EMPLOYER,
            "12",
            null,
            null,
            null,
            null);
    String word = unique();
    String held =
        api.vacancy(fixtures.user(fresh, Role.EMPLOYER), "Cook " + word, "cook", "12", "Rice");
    index.refresh();
    assertThat(api.ids(officer, "q=" + word)).isEmpty();
    organisations.setVerified(fresh.id(), true); // only a verified employer's vacancy is published
    setStatus(held, "OPEN");
    await().atMost(SOON).until(() -> api.ids(officer, "q=" + word).contains(held));
  }

  @Test
  void aRolledBackChangeNeverReachesTheIndex() throws Exception {
    String word = unique();
    TransactionTemplate tx = new TransactionTemplate(transactions);
    UUID posted =
        tx.execute(
            status -> {
              UUID id = post("Baker " + word).id();
              status.setRollbackOnly();
              return id;
            });
    index.refresh();
    assertThat(api.ids(officer, "q=" + word)).isEmpty();
    assertThat(jdbc.queryForObject("select count(*) from vacancy where id = ?", Long.class, posted))
        .isZero();

    UUID kept = post("Baker " + word).id(); // committed: found
    await().atMost(SOON).until(() -> api.ids(officer, "q=" + word).contains(kept.toString()));
    tx.executeWithoutResult(
        status -> {
          vacancies.decide(kept, VacancyStatus.CLOSED, "closed, then rolled back");
          status.setRollbackOnly();
        });
    index.refresh();
    assertThat(api.ids(officer, "q=" + word)).containsExactly(kept.toString());
  }

  @Test
  void aChangedClientIsFoundByHerNewNameOnly() throws Exception {
    var ngo = fixtures.organisation(OrganisationKind.NGO);
    var ownOfficer = fixtures.user(ngo, Role.OFFICER);
    String before = "Theary" + unique();
    String after = "Sophea" + unique();
    String id = api.client(ownOfficer, before, "tailor");
    await().atMost(SOON).until(() -> api.ids(ownOfficer, "type=CLIENT&q=" + before).contains(id));
    jdbc.update("update client set given_name = ? where id = ?", after, UUID.fromString(id));
    // a change behind the service's back is not seen until the service publishes one
    index.refresh();
    assertThat(api.ids(ownOfficer, "type=CLIENT&q=" + after)).isEmpty();
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                    "/api/v1/clients/" + id)
                .with(ownOfficer)
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"givenName": "%s", "familyName": "Chan", "sex": "F",
                     "birthDate": "2004-04-02", "homeProvince": "20", "literacy": "BASIC",
                     "version": %d}
                    """
                        .formatted(after, version(id))))
        .andExpect(status().isOk());
    await().atMost(SOON).until(() -> api.ids(ownOfficer, "type=CLIENT&q=" + after).contains(id));
    assertThat(api.ids(ownOfficer, "type=CLIENT&q=" + before)).isEmpty();
  }

  private long version(String clientId) {
    return jdbc.queryForObject(
        "select version from client where id = ?", Long.class, UUID.fromString(clientId));
  }

  private VacancyService.Posted post(String title) {
    VacancyTerms terms =
        new VacancyTerms(
            title,
            "cook",
            "12",
            "No. 3, Street 51, Phnom Penh",
            2,
            new BigDecimal("230.00"),
            48,
            false,
            true,
            18,
            LocalDate.now().plusMonths(1),
            false,
            false,
            false,
            "Kitchen work",
            null);
    return vacancies.post(terms, terms, employerOrganisation.id(), "TEST", false);
  }
}
