package org.livelihoodmatch.livelihood;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.livelihoodmatch.catalogue.Catalogue;
import org.livelihoodmatch.catalogue.CatalogueLoader;
import org.livelihoodmatch.livelihood.ClientProfile.SkillLevel;
import org.livelihoodmatch.livelihood.TrainingOffer.Kind;

/** Issue 13: household debts in the budget, family livelihoods and school as pathways. */
class HouseholdPathwaysTests {

  private static final Catalogue CATALOGUE = CatalogueLoader.loadPackaged();
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
  private final PathwayGenerator generator = new PathwayGenerator(CATALOGUE);

  private List<Pathway> generate(
      ClientProfile c, List<JobOffer> jobs, List<TrainingOffer> trainings) {
    return generator.generate(c, new PathwayGenerator.Candidates(jobs, trainings), TODAY, 50);
  }

  private static Profiles adultTailor() {
    Profiles p = new Profiles();
    p.birth = LocalDate.of(2000, 3, 1);
    p.skills.put("sewing-machine-operator", SkillLevel.TRAINED);
    p.wants = List.of("sewing-machine-operator");
    return p;
  }

  @Test
  void herShareOfTheHouseholdsDebtsComesOffEveryBudget() {
    var factory = Profiles.job("sewing-machine-operator", "20", "210", TODAY.plusMonths(1), null);
    Pathway free = generate(adultTailor().build(), List.of(factory), List.of()).get(0);
    Profiles indebted = adultTailor();
    indebted.debtRepayment = new BigDecimal("25.00");
    Pathway owing = generate(indebted.build(), List.of(factory), List.of()).get(0);

    assertThat(free.budget().debtRepayment()).isEqualByComparingTo("0");
    assertThat(owing.budget().debtRepayment()).isEqualByComparingTo("25.00");
    assertThat(owing.surplus()).isEqualByComparingTo(free.surplus().subtract(new BigDecimal("25")));
    // income + inKind - living - remittance - loan - debts = surplus
    Budget b = owing.budget();
    assertThat(
            b.income()
                .add(b.inKind())
                .subtract(b.livingCosts().total())
                .subtract(b.remittance())
                .subtract(b.loanRepayment())
                .subtract(b.debtRepayment()))
        .isEqualByComparingTo(b.surplus());
    assertThat(owing.reasons())
        .anyMatch(r -> r.contains("repaying 25.00 of the household's debts"));
  }

  @Test
  void debtsThatWouldLeaveHerBelowHerLivingCostsRemoveTheOption() {
    var factory = Profiles.job("sewing-machine-operator", "20", "210", TODAY.plusMonths(1), null);
    Profiles indebted = adultTailor();
    indebted.debtRepayment = new BigDecimal("150.00");
    assertThat(generate(indebted.build(), List.of(factory), List.of()))
        .noneMatch(p -> p.kind() == Pathway.Kind.JOB && p.loan() == null);
  }

  @Test
  void aNewLoanIsRefusedWhenTheDebtsAlreadyTakeMoreThanHalfTheIncome() {
    Profiles p = new Profiles();
    p.birth = LocalDate.of(1998, 1, 1);
    p.home = "12";
    p.skills.put("hairdresser", SkillLevel.EXPERIENCED);
    p.wants = List.of("hairdresser");
    p.selfEmployment = true;
    Pathway salon =
        generate(p.build(), List.of(), List.of()).stream()
            .filter(x -> x.kind() == Pathway.Kind.SELF_EMPLOYMENT && x.loan() != null)
            .findFirst()
            .orElseThrow();
    BigDecimal income = salon.budget().income();
    BigDecimal instalment = salon.loan().monthlyRepayment();
    // debts that leave the budget positive, but with the instalment take more than half the income
    BigDecimal debts =
        income.divide(new BigDecimal("2")).subtract(instalment).add(new BigDecimal("1.00"));
    assertThat(salon.surplus()).isGreaterThan(debts);
    p.debtRepayment = Money.cents(debts);
    assertThat(generate(p.build(), List.of(), List.of()))
        .noneMatch(x -> x.kind() == Pathway.Kind.SELF_EMPLOYMENT && x.loan() != null);
    p.debtRepayment = Money.cents(debts.subtract(new BigDecimal("2.00")));
    assertThat(generate(p.build(), List.of(), List.of()))
        .anyMatch(x -> x.kind() == Pathway.Kind.SELF_EMPLOYMENT && x.loan() != null);
  }

  @Test
  void aChildUnder15IsOfferedSchoolAndFamilyLivelihoodsNeverWork() {
    Profiles girl = new Profiles();
    girl.birth = TODAY.minusYears(11);
    girl.home = "12";
    girl.wants = List.of("cook");
    var restaurant = Profiles.job("cook", "12", "250", TODAY.plusMonths(1), null);
    var school = Profiles.intake(Kind.SCHOOL, null, "12", TODAY.plusMonths(2), 40, 6, "0");
    List<Pathway> found = generate(girl.build(), List.of(restaurant), List.of(school));

    assertThat(found).isNotEmpty();
    assertThat(found)
        .allMatch(
            p -> p.kind() == Pathway.Kind.EDUCATION || p.kind() == Pathway.Kind.FAMILY_LIVELIHOOD);
    assertThat(found.get(0).kind()).isEqualTo(Pathway.Kind.EDUCATION);
    assertThat(found.get(0).familyLivelihood()).isNotNull();
    assertThat(found.get(0).reasons()).anyMatch(r -> r.contains("she is a child"));
  }

  @Test
  void schoolAloneIsOfferedWhenItsOwnBudgetHolds() {
    Profiles girl = new Profiles();
    girl.birth = TODAY.minusYears(13);
    var boarding = Profiles.intake(Kind.LITERACY, null, "20", TODAY.plusMonths(1), 20, 10, "40");
    Pathway alone =
        generate(girl.build(), List.of(), List.of(boarding)).stream()
            .filter(p -> p.kind() == Pathway.Kind.EDUCATION && p.familyLivelihood() == null)
            .findFirst()
            .orElseThrow();
    // fed by her household at home: food in kind; transport and other are hers
    assertThat(alone.budget().inKind()).isEqualByComparingTo(alone.budget().livingCosts().food());
    assertThat(alone.occupation()).isEqualTo("literacy");
    assertThat(alone.workProvince()).isEqualTo("20");
  }

  @Test
  void aFamilyLivelihoodNeedsTheLandItFarmsAndARoomInItsMarket() {
    Profiles boy = new Profiles();
    boy.birth = TODAY.minusYears(16);
    boy.sex = "M";
    boy.land = BigDecimal.ZERO;
    List<Pathway> landless = generate(boy.build(), List.of(), List.of());
    assertThat(landless).anyMatch(p -> p.kind() == Pathway.Kind.FAMILY_LIVELIHOOD);
    assertThat(landless)
        .noneMatch(
            p ->
                p.familyLivelihood() != null
                    && p.familyLivelihood().code().equals("vegetable-growing"));

    var household = new HouseholdPathways(CATALOGUE, new Financing(CATALOGUE));
    var none = new PathwayGenerator.Candidates(List.of(), List.of());
    assertThat(household.usable(boy.build(), none))
        .extracting(u -> u.livelihood().code())
        .contains("pig-raising", "chicken-raising")
        .doesNotContain("vegetable-growing", "cow-raising");
    boy.land = new BigDecimal("0.50");
    var vegetables =
        household.usable(boy.build(), none).stream()
            .filter(u -> u.livelihood().code().equals("vegetable-growing"))
            .findFirst()
            .orElseThrow();
    assertThat(vegetables.choice().marketKey()).isEqualTo("20:vegetable-grower");
    assertThat(vegetables.loan()).isNotNull();
    var full = new PathwayGenerator.Candidates(List.of(), List.of(), Set.of("20:vegetable-grower"));
    assertThat(household.usable(boy.build(), full))
        .noneMatch(u -> u.livelihood().code().equals("vegetable-growing"));
    // the household must live where the livelihood is: not where she must avoid
    boy.avoid = Set.of("20");
    assertThat(household.usable(boy.build(), none)).isEmpty();
  }

  @Test
  void sheWhoNeedsAClinicIsOfferedOnlyProvincesThatHaveOne() {
    Profiles p = adultTailor();
    p.relocates = true;
    p.clinic = true;
    var mondulkiri =
        Profiles.job("sewing-machine-operator", "11", "260", TODAY.plusMonths(1), null);
    var ratanakiri =
        Profiles.job("sewing-machine-operator", "16", "260", TODAY.plusMonths(1), null);
    assertThat(CATALOGUE.provincesWithoutHivCare()).contains("11").doesNotContain("16", "12");
    List<Pathway> found = generate(p.build(), List.of(mondulkiri, ratanakiri), List.of());
    assertThat(found).extracting(Pathway::workProvince).contains("16").doesNotContain("11");
    p.clinic = false;
    assertThat(generate(p.build(), List.of(mondulkiri, ratanakiri), List.of()))
        .extracting(Pathway::workProvince)
        .contains("11", "16");
  }

  @Test
  void trainingIsCreditedWithTheWageItAddsOverWorkWithoutIt() {
    Profiles p = adultTailor();
    p.home = "12";
    p.wants = List.of("hairdresser", "sewing-machine-operator");
    var factory = Profiles.job("sewing-machine-operator", "12", "210", TODAY.plusMonths(1), null);
    var course =
        Profiles.intake(Kind.VOCATIONAL, "hairdresser", "12", TODAY.plusMonths(1), 12, 15, "0");
    var salon = Profiles.job("hairdresser", "12", "300", TODAY.plusMonths(6), null);
    Pathway trained =
        generate(p.build(), List.of(factory, salon), List.of(course)).stream()
            .filter(x -> x.kind() == Pathway.Kind.TRAINING_THEN_JOB)
            .findFirst()
            .orElseThrow();
    assertThat(trained.reasons())
        .contains("the training adds 90.00 a month over the best income without it (210.00)");
  }
}
