package org.livelihoodmatch.vacancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.livelihoodmatch.vacancy.FormPage.lawful;
import static org.livelihoodmatch.vacancy.FormPage.with;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.livelihoodmatch.IntegrationTest;
import org.livelihoodmatch.TestFixtures;
import org.livelihoodmatch.organisation.AuditTrail;
import org.livelihoodmatch.organisation.OrganisationKind;
import org.livelihoodmatch.organisation.OrganisationService;
import org.livelihoodmatch.organisation.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The officers' review queue: who may see it, what it explains, and the audited decisions. */
@IntegrationTest
class VacancyReviewIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  @Autowired OrganisationService organisations;
  @Autowired UserDetailsService directory;
  @Autowired AuditTrail audit;
  @Autowired OpenVacancies openVacancies;
  RequestPostProcessor officer;

  @BeforeEach
  void setUp() {
    officer =
        new PageUsers(organisations, directory)
            .signedIn(
                new TestFixtures(organisations).organisation(OrganisationKind.NGO), Role.OFFICER);
  }

  @Test
  void theQueueIsForOfficersOnly() throws Exception {
    UUID id = submit(lawful(TestFixtures.unique("Queue Co")));
    var employer = new TestFixtures(organisations).organisation(OrganisationKind.EMPLOYER);
    var employerUser = new PageUsers(organisations, directory).signedIn(employer, Role.EMPLOYER);
    mvc.perform(get("/vacancies/review")).andExpect(redirectedUrl("/login"));
    mvc.perform(get("/vacancies/review").with(employerUser)).andExpect(status().isForbidden());
    mvc.perform(get("/vacancies/review/" + id).with(employerUser))
        .andExpect(status().isForbidden());
    mvc.perform(post("/vacancies/review/" + id + "/approve").with(employerUser).with(csrf()))
        .andExpect(status().isForbidden());
    mvc.perform(get("/vacancies/review").with(officer)).andExpect(status().isOk());
  }

  @Test
  void aHeldVacancyIsShownWithItsRedFlagsEmployerAndHistoryInEitherLanguage() throws Exception {
    String employer = TestFixtures.unique("Deposit Recruiters");
    UUID earlier = submit(with(lawful(employer), "title", "Packer"));
    mvc.perform(
            post("/vacancies/review/" + earlier + "/reject")
                .param("reason", "asked workers for a deposit")
                .with(officer)
                .with(csrf()))
        .andExpect(redirectedUrl("/vacancies/review"));
    Map<String, String> fields =
        with(lawful(employer), "description", "A small deposit secures your place.");
    UUID id = submit(with(fields, "employerPhone", "097 111 2222"));

    String queue = page(lastPageOfQueue());
    assertThat(queue)
        .contains("/vacancies/review/" + id, employer, "Not verified")
        .contains("The text mentions fees or a deposit.");
    String english = page(get("/vacancies/review/" + id));
    assertThat(english)
        .contains("The employer has not been verified by an officer yet.")
        .contains("097 111 2222", "What the sender of the form said about the employer")
        .contains("Packer", "Rejected", "asked workers for a deposit")
        .contains("id=\"verify-employer\"", "id=\"approve\"", "id=\"reject\"")
        .contains("Languages of the work", "<dd id=\"languages\">km</dd>");
    assertThat(page(get("/vacancies/review/" + id).param("lang", "km")))
        .contains("អត្ថបទនិយាយអំពីថ្លៃសេវា ឬប្រាក់កក់។", "មិនទាន់ផ្ទៀងផ្ទាត់");
  }

  @Test
  void aRedFlagsFiguresAreSaidInTheReadersLanguage() throws Exception {
    Map<String, String> fields =
        with(lawful(TestFixtures.unique("Generous Garments")), "monthlyWage", "900.00");
    UUID id = submit(with(fields, "hoursPerWeek", "60"));
    assertThat(page(get("/vacancies/review/" + id)))
        .contains(
            "The wage, US$900.00, is more than twice the usual US$",
            "for Sewing machine operator (garment factory).",
            "60 hours a week, beyond the legal week of 48 hours.");
    String khmer = page(get("/vacancies/review/" + id).param("lang", "km"));
    assertThat(khmer)
        .contains(
            "ប្រាក់ខែ 900,00 ដុល្លារ ខ្ពស់ជាងប្រាក់ខែធម្មតា", "សម្រាប់កម្មករកាត់ដេរ លើសពីពីរដង។")
        .contains("60 ម៉ោងក្នុងមួយសប្តាហ៍ លើសពីម៉ោងស្របច្បាប់ 48 ម៉ោង។")
        .doesNotContain("lang=\"en\">the wage", "is more than twice the usual");
  }

  @Test
  void approvalNeedsAVerifiedEmployerThenPublishesTheVacancyAndAuditsEachStep() throws Exception {
    String title = TestFixtures.unique("Quiltmaker");
    UUID id = submit(with(lawful(TestFixtures.unique("Honest Garments")), "title", title));
    var searcher =
        new TestFixtures(organisations)
            .user(new TestFixtures(organisations).organisation(OrganisationKind.NGO), Role.OFFICER);
    assertThat(searchHits(searcher, title)).doesNotContain(id.toString());
    UUID employer =
        jdbc.queryForObject("select employer_id from vacancy where id = ?", UUID.class, id);
    mvc.perform(post("/vacancies/review/" + id + "/approve").with(officer).with(csrf()))
        .andExpect(redirectedUrl("/vacancies/review/" + id))
        .andExpect(flash().attribute("problem", org.hamcrest.Matchers.containsString("Verify")));
    assertThat(statusOf(id)).isEqualTo("PENDING_REVIEW");

    mvc.perform(post("/vacancies/review/" + id + "/verify-employer").with(officer).with(csrf()))
        .andExpect(redirectedUrl("/vacancies/review/" + id));
    assertThat(organisations.get(employer).verified()).isTrue();
    assertThat(actions("ORGANISATION", employer)).contains("VERIFY");

    mvc.perform(post("/vacancies/review/" + id + "/approve").with(officer).with(csrf()))
        .andExpect(redirectedUrl("/vacancies/review"));
    assertThat(statusOf(id)).isEqualTo("OPEN");
    assertThat(actions("VACANCY", id)).contains("STATUS_OPEN");
    assertThat(openVacancies.all(LocalDate.now())).anyMatch(offer -> offer.id().equals(id));
    Awaitility.await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> assertThat(searchHits(searcher, title)).contains(id.toString()));
    assertThat(page(lastPageOfQueue())).doesNotContain("/vacancies/review/" + id);

    // another officer's page, opened before the approval, cannot overturn it
    mvc.perform(
            post("/vacancies/review/" + id + "/reject")
                .param("reason", "looked wrong")
                .with(officer)
                .with(csrf()))
        .andExpect(redirectedUrl("/vacancies/review/" + id))
        .andExpect(
            flash()
                .attribute("problem", org.hamcrest.Matchers.containsString("decided it already")));
    assertThat(statusOf(id)).isEqualTo("OPEN");
  }

  @Test
  void rejectionNeedsAReasonWhichIsKeptAndAudited() throws Exception {
    UUID id = submit(lawful(TestFixtures.unique("Vague Agency")));
    String html =
        mvc.perform(
                post("/vacancies/review/" + id + "/reject")
                    .param("reason", " ")
                    .with(officer)
                    .with(csrf()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html).contains("id=\"reason-error\"", "Give the reason for rejecting");
    assertThat(statusOf(id)).isEqualTo("PENDING_REVIEW");
    mvc.perform(
            post("/vacancies/review/" + id + "/reject")
                .param("reason", "no such factory at the address")
                .with(officer)
                .with(csrf()))
        .andExpect(redirectedUrl("/vacancies/review"));
    assertThat(statusOf(id)).isEqualTo("REJECTED");
    assertThat(
            jdbc.queryForObject(
                "select detail from audit_event where entity_id = ? and action = 'STATUS_REJECTED'",
                String.class,
                id))
        .isEqualTo("no such factory at the address");
  }

  @Test
  void anOfficerFindsAVacancyByTheReferenceItsSenderWasGiven() throws Exception {
    UUID id = submit(lawful(TestFixtures.unique("Caller Co")));
    String reference =
        jdbc.queryForObject(
            "select reference from vacancy_submission where vacancy_id = ?", String.class, id);
    mvc.perform(get("/vacancies/review").param("reference", reference.toLowerCase()).with(officer))
        .andExpect(redirectedUrl("/vacancies/review/" + id));
    assertThat(page(get("/vacancies/review").param("reference", "VF-0000-0000")))
        .contains("id=\"reference-error\"", "No vacancy has the reference VF-0000-0000.");
    assertThat(page(get("/vacancies/review").param("reference", "<b>x</b>")))
        .contains("&lt;b&gt;x&lt;/b&gt;")
        .doesNotContain("<b>x</b>");
  }

  @Test
  void decisionsNeedTheCsrfToken() throws Exception {
    UUID id = submit(lawful(TestFixtures.unique("Csrf Decision Co")));
    mvc.perform(post("/vacancies/review/" + id + "/reject").param("reason", "x").with(officer))
        .andExpect(status().isForbidden());
    mvc.perform(post("/vacancies/review/" + id + "/verify-employer").with(officer))
        .andExpect(status().isForbidden());
    assertThat(statusOf(id)).isEqualTo("PENDING_REVIEW");
  }

  @Test
  void markupIsShownAsTextAndUnknownIdsAreNotFound() throws Exception {
    UUID id =
        submit(
            with(
                lawful(TestFixtures.unique("Markup Co")),
                "title",
                "<script>alert(1)</script>Cook"));
    assertThat(page(get("/vacancies/review/" + id)))
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;Cook")
        .doesNotContain("<script>alert(1)");
    assertThat(page(lastPageOfQueue()))
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;Cook")
        .doesNotContain("<script>alert(1)");
    mvc.perform(get("/vacancies/review/" + UUID.randomUUID()).with(officer))
        .andExpect(status().isNotFound());
    mvc.perform(get("/vacancies/review/not-a-uuid").with(officer)).andExpect(status().isNotFound());
    mvc.perform(
            post("/vacancies/review/" + UUID.randomUUID() + "/approve").with(officer).with(csrf()))
        .andExpect(status().isNotFound());
  }

  private UUID submit(Map<String, String> fields) throws Exception {
    FormPage page = FormPage.open(mvc, "en");
    String location =
        mvc.perform(page.submit(fields))
            .andExpect(status().isFound())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    String reference = location.substring(location.lastIndexOf('/') + 1);
    return jdbc.queryForObject(
        "select vacancy_id from vacancy_submission where reference = ?", UUID.class, reference);
  }

  private String page(
      org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder get)
      throws Exception {
    return mvc.perform(get.with(officer))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  /** The newest vacancies waiting: the queue is oldest first, and other tests leave theirs. */
  private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder
      lastPageOfQueue() {
    long waiting =
        jdbc.queryForObject(
            "select count(*) from vacancy where status = 'PENDING_REVIEW'", Long.class);
    return get("/vacancies/review")
        .param("page", Long.toString(Math.max(0, waiting - 1) / ReviewQueue.PAGE_SIZE));
  }

  private String searchHits(RequestPostProcessor who, String text) throws Exception {
    return mvc.perform(get("/api/v1/search").param("q", text).param("type", "VACANCY").with(who))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private String statusOf(UUID id) {
    return jdbc.queryForObject("select status from vacancy where id = ?", String.class, id);
  }

  private java.util.List<String> actions(String type, UUID id) {
    return jdbc.queryForList(
        "select action from audit_event where entity_type = ? and entity_id = ?",
        String.class,
        type,
        id);
  }
}
