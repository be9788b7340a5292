package org.livelihoodmatch.livelihood;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.livelihoodmatch.catalogue.Catalogue;
import org.livelihoodmatch.catalogue.CatalogueLoader;
import org.livelihoodmatch.livelihood.ClientProfile.Literacy;
import org.livelihoodmatch.livelihood.ClientProfile.SkillLevel;

class PathwayGeneratorTests {

  private static final Catalogue CATALOGUE = CatalogueLoader.loadPackaged();
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
  private final PathwayGenerator generator = new PathwayGenerator(CATALOGUE);

  private static ClientProfile client(
      LocalDate birth,
      String sex,
      Map<String, SkillLevel> skills,
      List<String> wants,
      boolean selfEmployment,
      String remittance,
      Set<String> avoid,
      Set<String> languages) {
    return new ClientProfile(
        UUID.randomUUID(),
        birth,
        sex,
        "20",
        languages,
        Literacy.BASIC,
        skills,
        wants,
        List.of("20", "12"),
        true,
        selfEmployment,
        new BigDecimal(remittance),
        true,
        avoid,
        TODAY.plusDays(10));
  }

  private static ClientProfile sreymom() {
    return client(
        LocalDate.of(2006, 4, 2),
        "F",
        Map.of("sewing-machine-operator", SkillLevel.TRAINED),
        List.of("hairdresser", "beautician"),
        true,
        "25",
        Set.of("01"),
        Set.of("km"));
  }

  private static JobOffer job(
      String occupation, String province, String wage, int minAge, LocalDate start) {
    return new JobOffer(
        UUID.randomUUID(),
        UUID.randomUUID(),
        occupation + " wanted",
        occupation,
        province,
        new BigDecimal(wage),
        false,
        false,
        minAge,
        start,
        3,
        null);
  }

  private static TrainingOffer intake(
      String occupation,
      String province,
      LocalDate start,
      int weeks,
      String sex,
      Literacy literacy) {
    return new TrainingOffer(
        UUID.randomUUID(),
        occupation + " course",
        occupation,
        province,
        start,
        start.plusWeeks(weeks).minusDays(1),
        weeks,
        10,
        15,
        sex,
        literacy,
        true,
        new BigDecimal("20"),
        new BigDecimal("300"),
        null,
        "Test provider");
  }

  private List<Pathway> generate(
      ClientProfile c, List<JobOffer> jobs, List<TrainingOffer> trainings) {
    return generator.generate(c, new PathwayGenerator.Candidates(jobs, trainings), TODAY, 50);
  }

  @Test
  void aTrainingThenAJobOfHerFirstChoiceComesWithItsBudgetAndReasons() {
    var training = intake("hairdresser", "12", TODAY.plusMonths(1), 24, null, Literacy.NONE);
    var salon = job("hairdresser", "12", "230", 18, TODAY.plusMonths(8));
    List<Pathway> found = generate(sreymom(), List.of(salon), List.of(training));
    Pathway p =
        found.stream()
            .filter(x -> x.kind() == Pathway.Kind.TRAINING_THEN_JOB)
            .findFirst()
            .orElseThrow();
    assertThat(p.preferenceRank()).isEqualTo(1);
    assertThat(p.budget().income()).isEqualByComparingTo("230");
    assertThat(p.budget().livingCosts().total())
        .isEqualByComparingTo(CATALOGUE.livingCosts("12").total());
    assertThat(p.budget().surplus())
        .isEqualByComparingTo(
            new BigDecimal("230")
                .subtract(CATALOGUE.livingCosts("12").total())
                .subtract(new BigDecimal("25")));
    assertThat(p.reasons()).anyMatch(r -> r.startsWith("first choice of occupation"));
    assertThat(found).allSatisfy(x -> assertThat(x.budget().surplus().signum()).isNotNegative());
  }

  @Test
  void trainingMustEndBeforeTheJobStarts() {
    var training = intake("hairdresser", "12", TODAY.plusMonths(1), 24, null, Literacy.NONE);
    var tooSoon = job("hairdresser", "12", "230", 18, TODAY.plusMonths(3));
    assertThat(generate(sreymom(), List.of(tooSoon), List.of(training)))
        .noneMatch(p -> p.job() != null);
  }

  @Test
  void aJobWithoutTheSkillNeedsTrainingButGarmentFactoriesTrainOnTheJob() {
    var salon = job("hairdresser", "12", "230", 18, TODAY.plusMonths(2));
    var factory = job("sewing-machine-operator", "12", "210", 18, TODAY.plusMonths(2));
    var found = generate(sreymom(), List.of(salon, factory), List.of());
    assertThat(found)
        .extracting(p -> p.job().occupation())
        .containsExactly("sewing-machine-operator");
  }

  @Test
  void minorsAreNeverOfferedHazardousWorkAndNobodyUnder15AnyWork() {
    var sixteen =
        client(
            TODAY.minusYears(16),
            "M",
            Map.of(),
            List.of("construction-labourer", "sewing-machine-operator"),
            false,
            "0",
            Set.of(),
            Set.of("km"));
    var site = job("construction-labourer", "20", "300", 15, TODAY.plusMonths(1));
    var factory = job("sewing-machine-operator", "20", "210", 15, TODAY.plusMonths(1));
    assertThat(generate(sixteen, List.of(site, factory), List.of()))
        .filteredOn(p -> p.job() != null)
        .extracting(p -> p.job().occupation())
        .containsExactly("sewing-machine-operator");
    var fourteen =
        client(
            TODAY.minusYears(14),
            "F",
            Map.of(),
            List.of("sewing-machine-operator"),
            false,
            "0",
            Set.of(),
            Set.of("km"));
    // a child is offered no work: only school and the household's own livelihoods
    assertThat(generate(fourteen, List.of(factory), List.of())).noneMatch(p -> p.kind().isWork());
  }

  @Test
  void placesToAvoidAreNeverOffered() {
    var inAvoided = job("sewing-machine-operator", "01", "250", 18, TODAY.plusMonths(1));
    assertThat(generate(sreymom(), List.of(inAvoided), List.of())).isEmpty();
  }

  @Test
  void anIntakeForWomenOnlyOrNeedingLiteracyTurnsAwayWhoItMust() {
    var man =
        client(
            LocalDate.of(2005, 1, 1),
            "M",
            Map.of(),
            List.of("hairdresser"),
            false,
            "0",
            Set.of(),
            Set.of("km"));
    var womenOnly = intake("hairdresser", "12", TODAY.plusMonths(1), 24, "F", Literacy.NONE);
    var literate = intake("hairdresser", "12", TODAY.plusMonths(1), 24, null, Literacy.FUNCTIONAL);
    var salon = job("hairdresser", "12", "230", 18, TODAY.plusMonths(9));
    assertThat(generate(man, List.of(salon), List.of(womenOnly, literate))).isEmpty();
  }

  @Test
  void whoSpeaksNoKhmerIsNotSentToKhmerCoursesOrWorkplaces() {
    var indigenous =
        client(
            LocalDate.of(2008, 1, 1),
            "F",
            Map.of("sewing-machine-operator", SkillLevel.TRAINED),
            List.of("sewing-machine-operator"),
            false,
            "0",
            Set.of(),
            Set.of("jra"));
    var factory = job("sewing-machine-operator", "12", "210", 15, TODAY.plusMonths(1));
    assertThat(generate(indigenous, List.of(factory), List.of())).isEmpty();
  }

  @Test
  void aCourseOrWorkplaceInHerOwnLanguageIsOpenToHer() {
    var jarai = wouldBeSewingOperator("jra");
    var khmer = wouldBeSewingOperator("km");
    LocalDate start = TODAY.plusMonths(1);
    var inJarai =
        inLanguages(
            intake("sewing-machine-operator", "20", start, 8, null, Literacy.NONE), "jra", "km");
    var inKhmer = intake("sewing-machine-operator", "20", start, 8, null, Literacy.NONE);
    var bilingualFactory =
        inLanguages(
            job("sewing-machine-operator", "12", "210", 15, start.plusMonths(4)), "km", "jra");

    List<Pathway> hers = generate(jarai, List.of(bilingualFactory), List.of(inJarai, inKhmer));
    assertThat(hers).isNotEmpty();
    assertThat(hers).allMatch(p -> p.job().equals(bilingualFactory));
    assertThat(hers)
        .filteredOn(p -> p.training() != null)
        .allMatch(p -> p.training().equals(inJarai));

    // Khmer alone is enough for the bilingual course; a course only in Jarai is not for her
    var onlyJarai =
        inLanguages(intake("sewing-machine-operator", "20", start, 8, null, Literacy.NONE), "jra");
    assertThat(generate(khmer, List.of(bilingualFactory), List.of(inJarai, onlyJarai)))
        .extracting(Pathway::training)
        .contains(inJarai)
        .doesNotContain(onlyJarai);
  }

  /** A young woman who wants sewing work, untrained, speaking {@code languages}. */
  private static ClientProfile wouldBeSewingOperator(String... languages) {
    return client(
        LocalDate.of(2008, 1, 1),
        "F",
        Map.of(),
        List.of("sewing-machine-operator"),
        false,
        "0",
        Set.of(),
        Set.of(languages));
  }

  private static TrainingOffer inLanguages(TrainingOffer t, String... languages) {
    return new TrainingOffer(
        t.id(),
        t.title(),
        t.occupation(),
        t.province(),
        t.startDate(),
        t.endDate(),
        t.weeks(),
        t.openSeats(),
        t.minAge(),
        t.sex(),
        t.literacyRequired(),
        t.providesAccommodation(),
        t.monthlyStipend(),
        t.costPerTrainee(),
        Set.of(languages),
        t.provider());
  }

  private static JobOffer inLanguages(JobOffer j, String... languages) {
    return new JobOffer(
        j.id(),
        j.employerId(),
        j.title(),
        j.occupation(),
        j.province(),
        j.monthlyWage(),
        j.providesAccommodation(),
        j.providesMeals(),
        j.minAge(),
        j.startDate(),
        j.openPositions(),
        Set.of(languages));
  }

  @Test
  void selfEmploymentOnlyForClientsWhoWantItWithALoanForTheCapital() {
    var tailor =
        client(
            LocalDate.of(2004, 1, 1),
            "F",
            Map.of("tailor", SkillLevel.EXPERIENCED),
            List.of("tailor"),
            true,
            "0",
            Set.of(),
            Set.of("km"));
    var found = generate(tailor, List.of(), List.of());
    assertThat(found)
        .isNotEmpty()
        .allSatisfy(
            p -> {
              assertThat(p.kind()).isEqualTo(Pathway.Kind.SELF_EMPLOYMENT);
              assertThat(p.loan()).isNotNull();
              assertThat(p.budget().loanRepayment())
                  .isEqualByComparingTo(p.loan().monthlyRepayment());
              assertThat(
                      CATALOGUE
                          .marketDemand(p.selfEmployment().province(), "tailor")
                          .orElseThrow()
                          .newBusinessesPerYear())
                  .isPositive();
            });
    var noBusiness =
        new ClientProfile(
            tailor.id(),
            tailor.birthDate(),
            "F",
            "20",
            Set.of("km"),
            Literacy.BASIC,
            tailor.skills(),
            tailor.preferredOccupations(),
            List.of("20"),
            true,
            false,
            BigDecimal.ZERO,
            true,
            Set.of(),
            null);
    assertThat(generate(noBusiness, List.of(), List.of())).isEmpty();
  }

  @Test
  void incomesReportedAtFollowUpsReplaceTheCatalogueFigureAndSaySo() {
    var tailor =
        client(
            LocalDate.of(2004, 1, 1),
            "F",
            Map.of("tailor", SkillLevel.EXPERIENCED),
            List.of("tailor"),
            true,
            "0",
            Set.of(),
            Set.of("km"));
    Pathway fromCatalogue = generate(tailor, List.of(), List.of()).get(0);
    String province = fromCatalogue.selfEmployment().province();
    BigDecimal catalogue = fromCatalogue.selfEmployment().netMonthlyIncome();
    assertThat(fromCatalogue.selfEmployment().incomeSource())
        .isEqualTo(IncomeEstimate.Source.CATALOGUE);
    // tailors placed in that province reported US$10 a month less than the catalogue says
    OutcomeEvidence disappointing =
        new OutcomeEvidence() {
          @Override
          public Retention retention(RetentionKey key) {
            return OutcomeEvidence.NONE.retention(key);
          }

          @Override
          public IncomeEstimate income(String p, String occupation, BigDecimal figure) {
            return p.equals(province)
                ? new IncomeEstimate(
                    figure.subtract(BigDecimal.TEN), IncomeEstimate.Source.OBSERVED, 4)
                : IncomeEstimate.catalogue(figure);
          }
        };
    Pathway observed =
        generator
            .generate(
                tailor,
                new PathwayGenerator.Candidates(List.of(), List.of(), Set.of(), disappointing),
                TODAY,
                50)
            .stream()
            .filter(p -> p.selfEmployment().province().equals(province))
            .findFirst()
            .orElseThrow();
    assertThat(observed.selfEmployment().incomeSource()).isEqualTo(IncomeEstimate.Source.OBSERVED);
    assertThat(observed.selfEmployment().netMonthlyIncome())
        .isEqualByComparingTo(catalogue.subtract(BigDecimal.TEN));
    assertThat(observed.surplus())
        .isEqualByComparingTo(fromCatalogue.surplus().subtract(BigDecimal.TEN));
    assertThat(observed.score()).isLessThanOrEqualTo(fromCatalogue.score());
    assertThat(observed.reasons()).anyMatch(r -> r.contains("reported at follow-ups"));
  }

  @Test
  void aClientWithNoOptionIsToldWhatSheMissesAndWhatWouldCloseEachGap() {
    // she sends 150 home: the factory job in Phnom Penh leaves her short; another starts too soon
    var heavy =
        client(
            LocalDate.of(2000, 1, 1),
            "F",
            Map.of("sewing-machine-operator", SkillLevel.TRAINED),
            List.of("sewing-machine-operator"),
            false,
            "150",
            Set.of(),
            Set.of("km"));
    var factory = job("sewing-machine-operator", "12", "210", 18, TODAY.plusMonths(2));
    var tooSoon = job("sewing-machine-operator", "12", "260", 18, TODAY.plusDays(2));
    var candidates = new PathwayGenerator.Candidates(List.of(factory, tooSoon), List.of());
    assertThat(generator.generate(heavy, candidates, TODAY, 10)).isEmpty();

    List<NearestMiss> misses = generator.nearestMisses(heavy, candidates, TODAY, 5);
    assertThat(misses).hasSize(2);
    NearestMiss budget = misses.get(0);
    assertThat(budget.blockedBy()).isEqualTo(NearestMiss.Blocker.BUDGET);
    assertThat(budget.pathway().job()).isEqualTo(factory);
    assertThat(budget.shortBy())
        .isEqualByComparingTo(budget.pathway().surplus().negate())
        .isPositive();
    assertThat(budget.wouldWorkWith())
        .extracting(Reason::english)
        .anyMatch(w -> w.startsWith("housing provided by the employer"))
        .contains("sending " + budget.shortBy() + " less home a month");
    NearestMiss dates = misses.get(1);
    assertThat(dates.blockedBy()).isEqualTo(NearestMiss.Blocker.DATES);
    assertThat(dates.pathway().job()).isEqualTo(tooSoon);
    assertThat(dates.wouldWorkWith())
        .extracting(Reason::english, Reason::key)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "a start on or after " + TODAY.plusDays(10), "miss.remedy.dates"));
  }

  @Test
  void aFamilyLivelihoodLiftsAnOtherwiseNegativeBudgetWhenItPaysItsOwnLoan() {
    // A factory wage in Phnom Penh that a heavy remittance pushes below the threshold.
    var heavy =
        client(
            LocalDate.of(2004, 1, 1),
            "F",
            Map.of(),
            List.of("sewing-machine-operator"),
            false,
            "90",
            Set.of(),
            Set.of("km"));
    var factory = job("sewing-machine-operator", "12", "210", 18, TODAY.plusMonths(1));
    var found = generate(heavy, List.of(factory), List.of());
    assertThat(found).hasSize(1);
    Pathway p = found.get(0);
    assertThat(p.familyLivelihood()).isNotNull();
    assertThat(p.loan()).isNotNull();
    assertThat(p.loan().monthlyRepayment())
        .isLessThanOrEqualTo(p.familyLivelihood().monthlyNetIncome());
    assertThat(p.budget().surplus().signum()).isNotNegative();
    var hopeless =
        client(
            LocalDate.of(2004, 1, 1),
            "F",
            Map.of(),
            List.of("sewing-machine-operator"),
            false,
            "400",
            Set.of(),
            Set.of("km"));
    assertThat(generate(hopeless, List.of(factory), List.of())).isEmpty();
  }

  @Test
  void herFirstChoiceRanksAboveHerSecondWhenBudgetsAreAlike() {
    var c =
        client(
            LocalDate.of(2004, 1, 1),
            "F",
            Map.of("hairdresser", SkillLevel.TRAINED, "beautician", SkillLevel.TRAINED),
            List.of("beautician", "hairdresser"),
            false,
            "0",
            Set.of(),
            Set.of("km"));
    var hair = job("hairdresser", "12", "230", 18, TODAY.plusMonths(1));
    var beauty = job("beautician", "12", "230", 18, TODAY.plusMonths(1));
    var found = generate(c, List.of(hair, beauty), List.of());
    assertThat(found)
        .extracting(p -> p.job().occupation())
        .containsExactly("beautician", "hairdresser");
    assertThat(found.get(0).score()).isGreaterThan(found.get(1).score());
  }
}
