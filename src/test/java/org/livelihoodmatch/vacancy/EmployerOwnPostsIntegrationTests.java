package org.livelihoodmatch.vacancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.livelihoodmatch.vacancy.FormPage.lawful;
import static org.livelihoodmatch.vacancy.FormPage.with;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A signed-in employer on the public form: her company pre-filled, her own post not flagged as sent
 * in her name by someone else; and the sender of any post sees the decision by its reference, in
 * the language she wrote in, with the reason of a refusal.
 */
@IntegrationTest
class EmployerOwnPostsIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  @Autowired OrganisationService organisations;
  @Autowired UserDetailsService directory;
  PageUsers users;
  Organisation company;
  RequestPostProcessor employer;

  @BeforeEach
  void setUp() {
    users = new PageUsers(organisations, directory);
    Organisation registered =
        organisations.register(
            TestFixtures.unique("Mekong Garments"),
            OrganisationKind.EMPLOYER,
            "12",
            TestFixtures.unique("REG"),
            "012 888 777",
            "jobs@mekong.example",
            "No. 12, Street 271, Phnom Penh");
    company = organisations.setVerified(registered.id(), true);
    employer = users.signedIn(company, Role.EMPLOYER);
  }

  /** The form as a visitor (signed in or not) gets it, and its post with the page's tokens. */
  private MockHttpServletRequestBuilder postForm(
      RequestPostProcessor who, Map<String, String> fields, String lang) throws Exception {
    String address = FormPage.newAddress();
    var get = get("/vacancies/new").param("lang", lang).with(FormPage.from(address));
    String html =
        mvc.perform(who == null ? get : get.with(who))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    MockHttpServletRequestBuilder post =
        post("/vacancies/new")
            .with(FormPage.from(address))
            .with(csrf())
            .param("lang", lang)
            .param("formToken", FormPage.hidden(html, "formToken"));
    fields.forEach(post::param);
    return who == null ? post : post.with(who);
  }

  @Test
  void theFormIsPreFilledWithHerCompany() throws Exception {
    String html =
        mvc.perform(get("/vacancies/new").with(employer))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html)
        .contains("id=\"posting-as\"", company.name())
        .contains("value=\"" + company.name() + "\"")
        .contains("value=\"012 888 777\"", "value=\"jobs@mekong.example\"")
        .contains("value=\"" + company.registrationNumber() + "\"");
    assertThat(mvc.perform(get("/vacancies/new")).andReturn().getResponse().getContentAsString())
        .doesNotContain("id=\"posting-as\"", company.name());
  }

  @Test
  void herOwnPostIsNotFlaggedButAnotherOneInHerNameIs() throws Exception {
    Map<String, String> fields =
        with(
            with(lawful(company.name()), "employerPhone", "012 888 777"),
            "employerRegistrationNumber",
            company.registrationNumber());
    mvc.perform(postForm(employer, with(fields, "title", "Own post"), "en"))
        .andExpect(status().isFound());
    assertThat(flagsOf("Own post")).doesNotContain("UNCONFIRMED_POSTER");
    assertThat(statusOf("Own post")).isEqualTo("PENDING_REVIEW");

    mvc.perform(postForm(null, with(fields, "title", "Anonymous post"), "en"))
        .andExpect(status().isFound());
    assertThat(flagsOf("Anonymous post")).contains("UNCONFIRMED_POSTER");

    Organisation rival = new TestFixtures(organisations).organisation(OrganisationKind.EMPLOYER);
    mvc.perform(
            postForm(
                users.signedIn(rival, Role.EMPLOYER), with(fields, "title", "Rival's post"), "en"))
        .andExpect(status().isFound());
    assertThat(flagsOf("Rival's post")).contains("UNCONFIRMED_POSTER");
  }

  @Test
  void theSenderSeesTheDecisionAndTheReasonInHerLanguage() throws Exception {
    String employerName = TestFixtures.unique("Battambang Rice Mill");
    MvcResult sent =
        mvc.perform(postForm(null, lawful(employerName), "km"))
            .andExpect(status().isFound())
            .andReturn();
    String reference = sent.getResponse().getRedirectedUrl().replace("/vacancies/submitted/", "");
    String waiting =
        mvc.perform(get("/vacancies/submitted/" + reference))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(waiting).contains("data-status=\"PENDING_REVIEW\"", "មន្ត្រីមិនទាន់សម្រេច");

    UUID id =
        jdbc.queryForObject(
            "select vacancy_id from vacancy_submission where reference = ?", UUID.class, reference);
    RequestPostProcessor officer =
        users.signedIn(
            new TestFixtures(organisations).organisation(OrganisationKind.NGO), Role.OFFICER);
    mvc.perform(
            post("/vacancies/review/" + id + "/reject")
                .param("reason", "ប្រាក់ឈ្នួលមិនច្បាស់លាស់")
                .with(officer)
                .with(csrf()))
        .andExpect(redirectedUrl("/vacancies/review"));

    String refused =
        mvc.perform(get("/vacancies/submitted/" + reference))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(refused)
        .contains("data-status=\"REJECTED\"", "ត្រូវបានបដិសេធ", "មូលហេតុរបស់មន្ត្រី")
        .contains("ប្រាក់ឈ្នួលមិនច្បាស់លាស់");
    assertThat(
            mvc.perform(get("/vacancies/submitted/" + reference).param("lang", "en"))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains("Refused: it will not be offered to anyone.", "The officer&#39;s reason");
  }

  @Test
  void anOfficerWhoVerifiesTheEmployerGetsTheLinkToPassOn() throws Exception {
    String employerName = TestFixtures.unique("Kep Crab Market");
    MvcResult sent =
        mvc.perform(postForm(null, lawful(employerName), "en"))
            .andExpect(status().isFound())
            .andReturn();
    String reference = sent.getResponse().getRedirectedUrl().replace("/vacancies/submitted/", "");
    UUID id =
        jdbc.queryForObject(
            "select vacancy_id from vacancy_submission where reference = ?", UUID.class, reference);
    RequestPostProcessor officer =
        users.signedIn(
            new TestFixtures(organisations).organisation(OrganisationKind.NGO), Role.OFFICER);
    MvcResult verified =
        mvc.perform(post("/vacancies/review/" + id + "/verify-employer").with(officer).with(csrf()))
            .andExpect(redirectedUrl("/vacancies/review/" + id))
            .andReturn();
    @SuppressWarnings("unchecked")
    Map<String, Object> invitation = (Map<String, Object>) verified.getFlashMap().get("invitation");
    assertThat(invitation).containsEntry("organisation", employerName);
    String url = invitation.get("url").toString();
    assertThat(
            mvc.perform(
                    get("/vacancies/review/" + id).with(officer).flashAttrs(verified.getFlashMap()))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains("id=\"invitation-url\"", url);
    assertThat(
            mvc.perform(get(url.substring(url.indexOf("/invitations/"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains(employerName);
  }

  private String flagsOf(String title) {
    return jdbc.queryForObject(
        "select red_flags::text from vacancy where employer_id = ? and title = ?",
        String.class,
        company.id(),
        title);
  }

  private String statusOf(String title) {
    return jdbc.queryForObject(
        "select status from vacancy where employer_id = ? and title = ?",
        String.class,
        company.id(),
        title);
  }
}
