package org.livelihoodmatch.vacancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.livelihoodmatch.vacancy.FormPage.lawful;
import static org.livelihoodmatch.vacancy.FormPage.with;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The public vacancy form takes the API's optional {@code contactName}, {@code contactPhone} and
 * {@code closingDate}: stored as the API stores them, and refused by the API's own rules beside
 * their fields in the reader's language, with everything typed kept; the same for a signed-in
 * employer.
 */
@IntegrationTest
class VacancyFormContactIntegrationTests {

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  @Autowired OrganisationService organisations;
  @Autowired UserDetailsService directory;
  @Autowired Clock clock;

  @Test
  void theFormAsksWhomToCallAndTheLastDayToApplyInEnglishAndKhmer() throws Exception {
    String english = FormPage.open(mvc, "en").html;
    String khmer = FormPage.open(mvc, "km").html;
    for (String page : List.of(english, khmer)) {
      assertThat(page)
          .contains("name=\"contactName\"", "name=\"contactPhone\"", "name=\"closingDate\"")
          .contains("<label for=\"contactName\"", "<label for=\"closingDate\"")
          .containsPattern("<input type=\"date\"[^>]*name=\"closingDate\"")
          .containsPattern("<input type=\"tel\"[^>]*name=\"contactPhone\"");
    }
    assertThat(english).contains("Whom to call about the job", "Last day to apply");
    assertThat(khmer)
        .contains("អ្នកដែលត្រូវទូរស័ព្ទទៅ អំពីការងារនេះ", "ថ្ងៃចុងក្រោយនៃការដាក់ពាក្យ")
        .doesNotContain("Last day to apply");
  }

  @Test
  void whomToCallAndTheClosingDateAreStoredWithThePost() throws Exception {
    String employer = TestFixtures.unique("Srey Salon");
    LocalDate closing = LocalDate.now(clock).plusDays(10);
    FormPage page = FormPage.open(mvc, "en");
    mvc.perform(page.submit(contact(lawful(employer), "097 111 2222", closing.toString())))
        .andExpect(status().isFound());
    assertThat(stored(employer))
        .containsEntry("contact_name", "Ms Dara Chea")
        .containsEntry("contact_phone", "097 111 2222")
        .containsEntry("closing_date", java.sql.Date.valueOf(closing));
  }

  @Test
  void aClosingDateInThePastIsRefusedBesideItsFieldKeepingWhatWasTyped() throws Exception {
    String yesterday = LocalDate.now(clock).minusDays(1).toString();
    for (String lang : List.of("en", "km")) {
      String employer = TestFixtures.unique("Kampot Pepper " + lang);
      FormPage page = FormPage.open(mvc, lang);
      String html =
          mvc.perform(
                  page.submit(
                      with(contact(lawful(employer), "097 111 2222", yesterday), "lang", lang)))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString();
      assertThat(html)
          .contains("id=\"closingDate-error\"", "closingDate-hint closingDate-error")
          .contains(
              lang.equals("km")
                  ? "ថ្ងៃផុតកំណត់មិនត្រូវនៅក្នុងអតីតកាលទេ។"
                  : "The closing date must not be in the past.")
          .containsPattern("name=\"closingDate\" value=\"" + yesterday + "\"")
          .contains(
              "value=\"Ms Dara Chea\"", "value=\"097 111 2222\"", "value=\"" + employer + "\"")
          .doesNotContain("id=\"contactPhone-error\"");
      assertThat(count(employer)).isZero();
    }
  }

  @Test
  void aPhoneThatIsNoNumberAndADateThatIsNoDateAreExplainedBesideTheirFields() throws Exception {
    String employer = TestFixtures.unique("Battambang Rice");
    FormPage page = FormPage.open(mvc, "en");
    String html =
        mvc.perform(page.submit(contact(lawful(employer), "call the shop", "next Tuesday")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html)
        .contains("id=\"contactPhone-error\"", "Give a phone number in digits, like 012 345 678.")
        .contains("id=\"closingDate-error\"", "Give a date like 2027-02-01.")
        .contains("value=\"call the shop\"", "value=\"next Tuesday\"");
    assertThat(count(employer)).isZero();
  }

  @Test
  void aSignedInEmployerGivesThemToo() throws Exception {
    Organisation company =
        organisations.setVerified(
            organisations
                .register(
                    TestFixtures.unique("Tonle Sap Fish"),
                    OrganisationKind.EMPLOYER,
                    "12",
                    TestFixtures.unique("REG"),
                    "012 888 777",
                    "jobs@tonlesap.example",
                    "No. 3, Street 110, Phnom Penh")
                .id(),
            true);
    var employer = new PageUsers(organisations, directory).signedIn(company, Role.EMPLOYER);
    String address = FormPage.newAddress();
    String html =
        mvc.perform(get("/vacancies/new").with(FormPage.from(address)).with(employer))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html).contains("name=\"closingDate\"");
    LocalDate today = LocalDate.now(clock);
    MockHttpServletRequestBuilder post =
        post("/vacancies/new")
            .with(FormPage.from(address))
            .with(employer)
            .with(csrf())
            .param("formToken", FormPage.hidden(html, "formToken"));
    contact(lawful(company.name()), "012 888 777", today.toString()).forEach(post::param);
    mvc.perform(post).andExpect(status().isFound());
    assertThat(stored(company.name()))
        .containsEntry("contact_name", "Ms Dara Chea")
        .containsEntry("closing_date", java.sql.Date.valueOf(today));
  }

  private static Map<String, String> contact(
      Map<String, String> fields, String phone, String closingDate) {
    return with(
        with(with(fields, "contactName", "Ms Dara Chea"), "contactPhone", phone),
        "closingDate",
        closingDate);
  }

  private Map<String, Object> stored(String employerName) {
    return jdbc.queryForMap(
        "select v.contact_name, v.contact_phone, v.closing_date from vacancy v"
            + " join organisation o on o.id = v.employer_id where o.name = ?",
        employerName);
  }

  private int count(String employerName) {
    return jdbc.queryForObject(
        "select count(*) from vacancy v join organisation o on o.id = v.employer_id"
            + " where o.name = ?",
        Integer.class,
        employerName);
  }
}
