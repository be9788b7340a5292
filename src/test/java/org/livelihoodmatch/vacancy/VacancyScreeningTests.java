package org.livelihoodmatch.vacancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.livelihoodmatch.catalogue.Catalogue;
import org.livelihoodmatch.catalogue.CatalogueLoader;
import org.livelihoodmatch.system.FieldProblem;

/** Every legal rule and red flag of the screening, one at a time. */
class VacancyScreeningTests {

  private static final Catalogue CATALOGUE = CatalogueLoader.loadPackaged();
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
  private final VacancyScreening screening = new VacancyScreening(CATALOGUE);

  private static VacancyTerms lawful() {
    return new VacancyTerms(
        "Sewing machine operator",
        "sewing-machine-operator",
        "12",
        "No. 5, Street 598, Sangkat Chrang Chamres, Phnom Penh",
        10,
        new BigDecimal("210.00"),
        48,
        false,
        false,
        18,
        TODAY.plusMonths(2),
        false,
        false,
        false,
        "Sewing shirts on a lockstitch machine; training on the job.",
        null);
  }

  private static VacancyTerms with(java.util.function.UnaryOperator<Builder> change) {
    return change.apply(new Builder(lawful())).build();
  }

  @Test
  void aLawfulOfferFromAVerifiedEmployerPassesWithoutFlags() {
    Screening s = screening.screen(lawful(), true, TODAY);
    assertThat(s.refusals()).isEmpty();
    assertThat(s.redFlags()).isEmpty();
  }

  @Test
  void aWageBelowTheGarmentFloorIsRefused() {
    Screening s = screening.screen(with(b -> b.wage("209.99")), true, TODAY);
    assertThat(s.refusals()).extracting(FieldProblem::field).containsExactly("monthlyWage");
    assertThat(s.refusals().get(0).message()).contains("210.00");
  }

  @Test
  void theFloorInForceOnTheStartDateApplies() {
    // 208 was the floor of 2025; a start in 2026 needs 210.
    var terms = with(b -> b.wage("208.00"));
    assertThat(screening.screen(terms, true, TODAY).refused()).isTrue();
  }

  @Test
  void sectorsWithoutALegalFloorAreNotRefusedForTheWage() {
    var terms = with(b -> b.occupation("hairdresser").wage("120.00"));
    assertThat(screening.screen(terms, true, TODAY).refused()).isFalse();
  }

  @Test
  void feesChargedToTheWorkerAreRefused() {
    var s = screening.screen(with(b -> b.fees(true)), true, TODAY);
    assertThat(s.refusals()).extracting(FieldProblem::field).containsExactly("workerPaysFees");
  }

  @Test
  void documentsHeldByTheEmployerAreRefused() {
    var s = screening.screen(with(b -> b.documents(true)), true, TODAY);
    assertThat(s.refusals())
        .extracting(FieldProblem::field)
        .containsExactly("employerHoldsDocuments");
  }

  @Test
  void nobodyUnder15() {
    var s = screening.screen(with(b -> b.minAge(14)), true, TODAY);
    assertThat(s.refusals()).extracting(FieldProblem::field).containsExactly("minAge");
  }

  @Test
  void noMinorsInHazardousWork() {
    var construction = with(b -> b.occupation("construction-labourer").minAge(16));
    assertThat(screening.screen(construction, true, TODAY).refusals())
        .extracting(FieldProblem::message)
        .anyMatch(m -> m.contains("18"));
    var adults = with(b -> b.occupation("construction-labourer").minAge(18));
    assertThat(screening.screen(adults, true, TODAY).refused()).isFalse();
    var sewing = with(b -> b.minAge(16));
    assertThat(screening.screen(sewing, true, TODAY).refused()).isFalse();
  }

  @Test
  void anUnverifiedEmployerIsHeld() {
    assertThat(screening.screen(lawful(), false, TODAY).redFlags())
        .extracting(RedFlag::code)
        .containsExactly("UNVERIFIED_EMPLOYER");
  }

  @Test
  void payFarAboveTheMarketIsHeld() {
    var s = screening.screen(with(b -> b.wage("900.00")), true, TODAY);
    assertThat(s.redFlags()).extracting(RedFlag::code).containsExactly("WAGE_FAR_ABOVE_MARKET");
  }

  @Test
  void hoursBeyondTheLegalWeekAreHeld() {
    var s = screening.screen(with(b -> b.hours(60)), true, TODAY);
    assertThat(s.redFlags()).extracting(RedFlag::code).containsExactly("HOURS_ABOVE_LEGAL_WEEK");
    assertThat(screening.screen(with(b -> b.hours(48)), true, TODAY).held()).isFalse();
  }

  @Test
  void crossBorderWorkIsHeld() {
    var s = screening.screen(with(b -> b.crossBorder(true)), true, TODAY);
    assertThat(s.redFlags()).extracting(RedFlag::code).containsExactly("CROSS_BORDER");
  }

  @Test
  void employerControlledHousingIsHeld() {
    var s = screening.screen(with(b -> b.housing(true)), true, TODAY);
    assertThat(s.redFlags())
        .extracting(RedFlag::code)
        .containsExactly("EMPLOYER_CONTROLLED_HOUSING");
  }

  @Test
  void aVagueWorkplaceIsHeld() {
    var s = screening.screen(with(b -> b.address("Thailand")), true, TODAY);
    assertThat(s.redFlags()).extracting(RedFlag::code).containsExactly("VAGUE_WORKPLACE");
    assertThat(
            screening
                .screen(with(b -> b.address("address to be announced later")), true, TODAY)
                .redFlags())
        .extracting(RedFlag::code)
        .contains("VAGUE_WORKPLACE");
  }

  @Test
  void tellTaleWordsInTheDescriptionAreHeld() {
    assertThat(flagsOf("A small deposit secures your place")).contains("TEXT_FEES_OR_DEPOSIT");
    assertThat(flagsOf("No experience needed, high pay guaranteed"))
        .contains("TEXT_NO_EXPERIENCE_HIGH_PAY");
    assertThat(flagsOf("We keep your passport safe during the contract"))
        .contains("TEXT_DOCUMENTS_KEPT");
    assertThat(flagsOf("Factory work in Malaysia, travel arranged")).contains("TEXT_WORK_ABROAD");
    assertThat(flagsOf("ធ្វើការនៅបរទេស ប្រាក់ខែល្អ")).contains("TEXT_WORK_ABROAD");
    assertThat(flagsOf("Sewing shirts; lunch provided")).isEmpty();
  }

  @Test
  void refusalsCarryStableCodesAndArgumentsForThePages() {
    var s = screening.screen(with(b -> b.wage("150.00").fees(true).documents(true)), true, TODAY);
    assertThat(s.reasons())
        .extracting(Refusal::code)
        .containsExactly("WAGE_BELOW_FLOOR", "WORKER_PAYS_FEES", "EMPLOYER_HOLDS_DOCUMENTS");
    assertThat(s.reasons().get(0).args())
        .containsExactly("210.00", "garment", java.time.LocalDate.of(2026, 1, 1));
    var minor = screening.screen(with(b -> b.occupation("fishing-crew").minAge(16)), true, TODAY);
    assertThat(minor.reasons().get(0).code()).isEqualTo("MINOR_IN_HAZARDOUS_WORK");
    assertThat(minor.reasons().get(0).args())
        .containsExactly("Fishing boat crew", "កម្មករនេសាទលើទូក");
    assertThat(screening.screen(with(b -> b.minAge(14)), true, TODAY).reasons().get(0).code())
        .isEqualTo("UNDER_15");
  }

  @Test
  void aVerifiedEmployersNameWithoutItsSignInIsHeld() {
    var s = screening.screen(lawful(), true, false, TODAY);
    assertThat(s.redFlags()).extracting(RedFlag::code).containsExactly("UNCONFIRMED_POSTER");
    assertThat(screening.screen(lawful(), false, false, TODAY).redFlags())
        .extracting(RedFlag::code)
        .containsExactly("UNVERIFIED_EMPLOYER");
    assertThat(screening.screen(lawful(), true, true, TODAY).held()).isFalse();
  }

  @Test
  void advancesAndDebtsToWorkOffAreHeld() {
    assertThat(flagsOf("Salary advance available before you start"))
        .contains("TEXT_ADVANCE_OR_DEBT");
    assertThat(flagsOf("Repay the advance from your wages")).contains("TEXT_ADVANCE_OR_DEBT");
    assertThat(flagsOf("ផ្តល់ប្រាក់បុរេប្រទានមុនចេញដំណើរ")).contains("TEXT_ADVANCE_OR_DEBT");
    assertThat(flagsOf("Paid every two weeks, advance notice of shifts")).isEmpty();
  }

  @Test
  void moreTellTaleWordsInKhmerAndEnglish() {
    assertThat(flagsOf("ត្រូវបង់ថ្លៃភ្នាក់ងារ ៥០ ដុល្លារ")).contains("TEXT_FEES_OR_DEPOSIT");
    assertThat(flagsOf("មិនចាំបាច់មានបទពិសោធន៍ ប្រាក់ខែខ្ពស់"))
        .contains("TEXT_NO_EXPERIENCE_HIGH_PAY");
    assertThat(flagsOf("ក្រុមហ៊ុនដកហូតលិខិតឆ្លងដែន")).contains("TEXT_DOCUMENTS_KEPT");
    assertThat(flagsOf("ការងាររោងចក្រនៅប្រទេសកូរ៉េ")).contains("TEXT_WORK_ABROAD");
    assertThat(flagsOf("Cross-border transport to the plantation")).contains("TEXT_WORK_ABROAD");
    assertThat(flagsOf("Coffee and lunch provided; free uniform")).isEmpty();
  }

  private java.util.List<String> flagsOf(String description) {
    return screening.screen(with(b -> b.description(description)), true, TODAY).redFlags().stream()
        .map(RedFlag::code)
        .toList();
  }

  /** Changes one term of an otherwise lawful offer. */
  private static final class Builder {
    private String occupation;
    private String address;
    private BigDecimal wage;
    private int hours;
    private boolean housing;
    private int minAge;
    private boolean fees;
    private boolean documents;
    private boolean crossBorder;
    private String description;
    private final VacancyTerms base;

    Builder(VacancyTerms t) {
      base = t;
      occupation = t.occupation();
      address = t.workplaceAddress();
      wage = t.monthlyWage();
      hours = t.hoursPerWeek();
      housing = t.providesAccommodation();
      minAge = t.minAge();
      fees = t.workerPaysFees();
      documents = t.employerHoldsDocuments();
      crossBorder = t.crossBorder();
      description = t.description();
    }

    Builder occupation(String v) {
      occupation = v;
      return this;
    }

    Builder address(String v) {
      address = v;
      return this;
    }

    Builder wage(String v) {
      wage = new BigDecimal(v);
      return this;
    }

    Builder hours(int v) {
      hours = v;
      return this;
    }

    Builder housing(boolean v) {
      housing = v;
      return this;
    }

    Builder minAge(int v) {
      minAge = v;
      return this;
    }

    Builder fees(boolean v) {
      fees = v;
      return this;
    }

    Builder documents(boolean v) {
      documents = v;
      return this;
    }

    Builder crossBorder(boolean v) {
      crossBorder = v;
      return this;
    }

    Builder description(String v) {
      description = v;
      return this;
    }

    VacancyTerms build() {
      return new VacancyTerms(
          base.title(),
          occupation,
          base.province(),
          address,
          base.positions(),
          wage,
          hours,
          housing,
          base.providesMeals(),
          minAge,
          base.startDate(),
          fees,
          documents,
          crossBorder,
          description,
          null);
    }
  }
}
