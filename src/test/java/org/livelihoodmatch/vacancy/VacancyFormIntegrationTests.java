package org.livelihoodmatch.vacancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.livelihoodmatch.vacancy.FormPage.lawful;
import static org.livelihoodmatch.vacancy.FormPage.with;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.livelihoodmatch.IntegrationTest;
import org.livelihoodmatch.TestFixtures;
import org.livelihoodmatch.organisation.Organisation;
import org.livelihoodmatch.organisation.OrganisationKind;
import org.livelihoodmatch.organisation.OrganisationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The public vacancy form in English and Khmer: what it shows, what it stores, what it refuses. */
@IntegrationTest
class VacancyFormIntegrationTests {

  static final List<String> API_NAMES =
      List.of(
          "title",
          "occupation",
          "province",
          "workplaceAddress",
          "positions",
          "monthlyWage",
          "hoursPerWeek",
          "providesAccommodation",
          "providesMeals",
          "minAge",
          "startDate",
          "workerPaysFees",
          "employerHoldsDocuments",
          "crossBorder",
          "description",
          "employerName",
          "employerRegistrationNumber",
          "employerPhone",
          "employerEmail",
          "employerAddress");

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  @Autowired OrganisationService organisations;

  @Test
  void theFormHasTheInputsOfApiMdWithLabelsInEnglishAndKhmer() throws Exception {
    String english = FormPage.open(mvc, "en").html;
    String khmer = FormPage.open(mvc, "km").html;
    for (String page : List.of(english, khmer)) {
      for (String name : API_NAMES) {
        assertThat(page).contains("name=\"" + name + "\"");
      }
      assertThat(page)
          .contains("<label for=\"title\"", "id=\"title\"")
          .containsPattern(radio("workerPaysFees", "true"))
          .containsPattern(radio("workerPaysFees", "false"))
          .contains("?lang=km", "?lang=en")
          .contains("210.00");
    }
    assertThat(english)
        .contains("Post a vacancy", "Hairdresser / barber", "Phnom Penh", "Legal minimum wage")
        .contains("US$210.00 a month");
    assertThat(khmer)
        .contains("lang=\"km\"", "ប្រកាសការងារ", "ជាងកាត់សក់", "ភ្នំពេញ", "ប្រាក់ឈ្នួលអប្បបរមា")
        .contains("210,00 ដុល្លារ ក្នុងមួយខែ")
        .doesNotContain("Hairdresser / barber");
    mvc.perform(get("/css/app.css")).andExpect(status().isOk());
    mvc.perform(get("/js/vacancy-form.js")).andExpect(status().isOk());
  }

  @Test
  void aLawfulVacancyWaitsForReviewAndItsUnknownEmployerIsRegisteredUnverified() throws Exception {
    String employer = TestFixtures.unique("Sokha Garments");
    FormPage page = FormPage.open(mvc, "en");
    String location =
        mvc.perform(page.submit(lawful(employer)))
            .andExpect(status().isFound())
            .andExpect(redirectedUrlPattern("/vacancies/submitted/VF-*"))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    String confirmation =
        mvc.perform(get(location).session(page.session))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String reference = location.substring(location.lastIndexOf('/') + 1);
    assertThat(confirmation).contains(reference, "What happens next", "Sewing machine operator");

    Map<String, Object> stored =
        jdbc.queryForMap(
            "select v.status, v.source, o.verified, o.kind, v.red_flags::text flags"
                + " from vacancy v join organisation o on o.id = v.employer_id"
                + " join vacancy_submission s on s.vacancy_id = v.id where s.reference = ?",
            reference);
    assertThat(stored)
        .containsEntry("status", "PENDING_REVIEW")
        .containsEntry("source", "FORM")
        .containsEntry("verified", false)
        .containsEntry("kind", "EMPLOYER");
    assertThat(stored.get("flags").toString()).contains("UNVERIFIED_EMPLOYER");
    assertThat(vacanciesOf(employer)).isEqualTo(1);
  }

  @Test
  void theEmployerSaysWhichLanguagesTheWorkerCanUseKhmerWhenNoneIsTicked() throws Exception {
    FormPage page = FormPage.open(mvc, "km");
    String form =
        mvc.perform(get("/vacancies/new?lang=km").session(page.session))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(form)
        .contains("id=\"language-tpu\"", "ទំពួន")
        .containsPattern("id=\"language-km\"[^>]*checked");

    String tampuan = TestFixtures.unique("Banlung Guesthouse");
    mvc.perform(page.submit(with(lawful(tampuan), "languages", "tpu")))
        .andExpect(status().isFound());
    String khmer = TestFixtures.unique("Kampot Guesthouse");
    mvc.perform(FormPage.open(mvc, "en").submit(lawful(khmer))).andExpect(status().isFound());
    assertThat(languagesOf(tampuan)).isEqualTo("{tpu}");
    assertThat(languagesOf(khmer)).isEqualTo("{km}");

    String crafted = TestFixtures.unique("Crafted Co");
    String html =
        mvc.perform(FormPage.open(mvc, "en").submit(with(lawful(crafted), "languages", "xx")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html).contains("id=\"languages-error\"", "choose among the languages listed");
    assertThat(vacanciesOf(crafted)).isZero();
  }

  private String languagesOf(String employer) {
    return jdbc.queryForObject(
        "select v.languages::text from vacancy v join organisation o on o.id = v.employer_id"
            + " where o.name = ?",
        String.class,
        employer);
  }

  @Test
  void anInvalidPostKeepsEverythingTypedAndExplainsEachFieldInKhmer() throws Exception {
    String employer = TestFixtures.unique("ហាងកាត់សក់ស្រីនាង");
    FormPage page = FormPage.open(mvc, "km");
    Map<String, String> fields = with(lawful(employer), "occupation", "");
    fields = with(fields, "positions", "ដប់");
    fields = with(fields, "title", "ជាងកាត់សក់ <b>ស្រី</b>");
    fields = with(fields, "lang", "km");
    String html =
        mvc.perform(page.submit(fields))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html)
        .contains("role=\"alert\"", "សូមកែតម្រូវចម្លើយទាំងនេះ")
        .contains("id=\"occupation-error\"", "សូមជ្រើសរើសមុខរបរ។")
        .contains("id=\"positions-error\"", "សូមផ្តល់ជាលេខគត់។")
        .contains("aria-describedby=\"occupation-error\"")
        .contains("value=\"ដប់\"", "value=\"" + employer + "\"", "value=\"012 345 678\"")
        .contains("value=\"ជាងកាត់សក់ &lt;b&gt;ស្រី&lt;/b&gt;\"")
        .contains("Sewing shirts on a lockstitch machine")
        .contains("value=\"" + page.formToken + "\"");
    assertThat(vacanciesOf(employer)).isZero();
  }

  @Test
  void anOfferChargingFeesIsRefusedBesideTheQuestionInTheReadersLanguage() throws Exception {
    for (String lang : List.of("en", "km")) {
      String employer = TestFixtures.unique("Broker " + lang);
      FormPage page = FormPage.open(mvc, lang);
      String html =
          mvc.perform(
                  page.submit(with(with(lawful(employer), "workerPaysFees", "true"), "lang", lang)))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString();
      assertThat(html)
          .contains("id=\"workerPaysFees-error\"")
          .containsPattern("id=\"workerPaysFees-yes\"[^>]*checked")
          .containsPattern("id=\"workerPaysFees-no\"(?![^>]*checked)");
      assertThat(html)
          .contains(
              lang.equals("km")
                  ? "កម្មករមិនត្រូវបង់ថ្លៃជ្រើសរើស"
                  : "Workers must never pay recruitment or placement fees");
      assertThat(vacanciesOf(employer)).isZero();
      assertThat(organisations.findByName(employer)).as("refused: no employer left").isEmpty();
      // The refusal did not use up the form: corrected, the same form goes through.
      mvc.perform(page.submit(lawful(employer))).andExpect(status().isFound());
      assertThat(vacanciesOf(employer)).isEqualTo(1);
    }
  }

  @Test
  void numbersTypedInKhmerDigitsAreRead() throws Exception {
    String employer = TestFixtures.unique("ហាងដេរ");
    FormPage page = FormPage.open(mvc, "km");
    Map<String, String> fields = with(lawful(employer), "positions", "១២");
    fields = with(fields, "monthlyWage", "២២០.៥០");
    mvc.perform(page.submit(fields)).andExpect(status().isFound());
    assertThat(
            jdbc.queryForMap(
                "select v.positions, v.monthly_wage from vacancy v"
                    + " join organisation o on o.id = v.employer_id where o.name = ?",
                employer))
        .containsEntry("positions", 12)
        .containsEntry("monthly_wage", new java.math.BigDecimal("220.50"));
  }

  @Test
  void aWageBelowTheLegalFloorIsRefusedNamingTheFloor() throws Exception {
    String employer = TestFixtures.unique("Cheap Garments");
    FormPage page = FormPage.open(mvc, "en");
    String html =
        mvc.perform(page.submit(with(lawful(employer), "monthlyWage", "150.00")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html)
        .contains("id=\"monthlyWage-error\"", "below the legal minimum of US$210.00")
        .contains("(in force from 1 Jan 2026)");
    String khmer =
        mvc.perform(
                FormPage.open(mvc, "km")
                    .submit(with(with(lawful(employer), "monthlyWage", "150.00"), "lang", "km")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(khmer).contains("id=\"monthlyWage-error\"", "(អនុវត្តចាប់ពី 1 មករា 2026)");
    // What was chosen stays chosen, and the wage hint names the chosen occupation's floor.
    assertThat(html)
        .contains("<option value=\"sewing-machine-operator\" selected")
        .containsPattern("<option value=\"12\" selected>")
        .contains("value=\"150.00\"", "legal minimum US$210.00 a month");
    assertThat(vacanciesOf(employer)).isZero();
  }

  @Test
  void aPostInAVerifiedEmployersNameStillWaitsAndDoesNotChangeItsRecord() throws Exception {
    Organisation verified = new TestFixtures(organisations).organisation(OrganisationKind.EMPLOYER);
    FormPage page = FormPage.open(mvc, "en");
    mvc.perform(page.submit(with(lawful(verified.name()), "employerPhone", "099 999 999")))
        .andExpect(status().isFound());
    Map<String, Object> stored =
        jdbc.queryForMap(
            "select status, red_flags::text flags from vacancy where employer_id = ?",
            verified.id());
    assertThat(stored).containsEntry("status", "PENDING_REVIEW");
    assertThat(stored.get("flags").toString())
        .contains("UNCONFIRMED_POSTER")
        .doesNotContain("UNVERIFIED_EMPLOYER");
    assertThat(organisations.get(verified.id()).phone()).isNull();
    assertThat(organisations.get(verified.id()).verified()).isTrue();
  }

  @Test
  void anEmployerIsFoundByItsRegistrationNumberBeforeItsName() throws Exception {
    String number = TestFixtures.unique("MOC");
    Organisation known =
        organisations.register(
            TestFixtures.unique("Known Salon"),
            OrganisationKind.EMPLOYER,
            "12",
            number,
            null,
            null,
            null);
    FormPage page = FormPage.open(mvc, "en");
    Map<String, String> fields =
        with(lawful(TestFixtures.unique("Known Salon Co")), "employerRegistrationNumber", number);
    mvc.perform(page.submit(fields)).andExpect(status().isFound());
    assertThat(
            jdbc.queryForObject(
                "select count(*) from vacancy where employer_id = ?", Integer.class, known.id()))
        .isEqualTo(1);
  }

  @Test
  void anNgosNameCannotPostVacancies() throws Exception {
    Organisation ngo = new TestFixtures(organisations).organisation(OrganisationKind.NGO);
    FormPage page = FormPage.open(mvc, "en");
    String html =
        mvc.perform(page.submit(lawful(ngo.name())))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html).contains("id=\"employerName-error\"", "not an employer");
    assertThat(vacanciesOf(ngo.name())).isZero();
  }

  /** A radio button of this name and value, whatever the order of its attributes. */
  static String radio(String name, String value) {
    return "<input type=\"radio\"(?=[^>]*name=\"" + name + "\")(?=[^>]*value=\"" + value + "\")";
  }

  private int vacanciesOf(String employerName) {
    return jdbc.queryForObject(
        "select count(*) from vacancy v join organisation o on o.id = v.employer_id"
            + " where o.name = ?",
        Integer.class,
        employerName);
  }
}
