package org.livelihoodmatch.livelihood;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.livelihoodmatch.catalogue.LivingCosts;
import org.livelihoodmatch.catalogue.Provenance;

/** The budget with the field studies' own figures (seed study 003, 2008-09). */
class LivelihoodBudgetTests {

  private static final Provenance STUDY = new Provenance("seed study 003", "attributed", null);

  private static LivingCosts costs(String food, String room, String transport, String other) {
    return new LivingCosts(
        "12",
        new BigDecimal(food),
        new BigDecimal(room),
        new BigDecimal(transport),
        new BigDecimal(other),
        "2008",
        STUDY);
  }

  @Test
  void theGarmentJobOf2008AtUs45CannotFeedAWorkerWhoSendsMoneyHome() {
    // Theary: US$45 a month; food US$15-20 and a room US$15-20 (upper ends), and a remittance.
    Budget budget =
        LivelihoodBudget.compute(
            costs("20", "20", "0", "0"),
            new LivelihoodBudget.Terms(
                new BigDecimal("45"), false, false, false, new BigDecimal("10"), Money.ZERO));
    assertThat(budget.livingCosts().total()).isEqualByComparingTo("40.00");
    assertThat(budget.surplus()).isEqualByComparingTo("-5.00");
    assertThat(budget.meetsThreshold()).isFalse();
  }

  @Test
  void evenAtTheLowEndOfCostsTheGarmentJobFallsShortWithARemittance() {
    Budget budget =
        LivelihoodBudget.compute(
            costs("15", "15", "0", "0"),
            new LivelihoodBudget.Terms(
                new BigDecimal("45"), false, false, false, new BigDecimal("20"), Money.ZERO));
    assertThat(budget.surplus()).isEqualByComparingTo("-5.00");
    assertThat(budget.meetsThreshold()).isFalse();
  }

  @Test
  void theHalfWayHouseTailorEarningUs70IsJustAboveTheThreshold() {
    Budget budget =
        LivelihoodBudget.compute(
            costs("25", "40", "0", "0"),
            new LivelihoodBudget.Terms(
                new BigDecimal("70"), false, false, false, Money.ZERO, Money.ZERO));
    assertThat(budget.surplus()).isEqualByComparingTo("5.00");
    assertThat(budget.meetsThreshold()).isTrue();
  }

  @Test
  void accommodationCostsNothingWhereProvidedOrAtHome() {
    LivingCosts costs = costs("60", "45", "10", "15");
    var provided =
        LivelihoodBudget.compute(
            costs,
            new LivelihoodBudget.Terms(
                new BigDecimal("230"), false, true, false, new BigDecimal("25"), Money.ZERO));
    var atHome =
        LivelihoodBudget.compute(
            costs,
            new LivelihoodBudget.Terms(
                new BigDecimal("230"), false, false, true, new BigDecimal("25"), Money.ZERO));
    var renting =
        LivelihoodBudget.compute(
            costs,
            new LivelihoodBudget.Terms(
                new BigDecimal("230"), false, false, false, new BigDecimal("25"), Money.ZERO));
    assertThat(provided.livingCosts().accommodation()).isEqualByComparingTo("0");
    assertThat(atHome.surplus()).isEqualByComparingTo(provided.surplus());
    assertThat(renting.surplus()).isEqualByComparingTo("75.00"); // API.md's example
    assertThat(provided.surplus()).isEqualByComparingTo("120.00");
  }

  @Test
  void mealsProvidedCountAsInKindIncomeWorthTheFoodCost() {
    var budget =
        LivelihoodBudget.compute(
            costs("60", "45", "10", "15"),
            new LivelihoodBudget.Terms(
                new BigDecimal("35"), true, true, false, Money.ZERO, Money.ZERO));
    // NGO business: US$30-35 plus food and room.
    assertThat(budget.inKind()).isEqualByComparingTo("60.00");
    assertThat(budget.surplus()).isEqualByComparingTo("10.00");
  }

  @Test
  void aLoanInstalmentComesOffTheSurplus() {
    var budget =
        LivelihoodBudget.compute(
            costs("25", "40", "0", "0"),
            new LivelihoodBudget.Terms(
                new BigDecimal("70"), false, false, false, Money.ZERO, new BigDecimal("4.44")));
    assertThat(budget.loanRepayment()).isEqualByComparingTo("4.44");
    assertThat(budget.surplus()).isEqualByComparingTo("0.56");
  }
}
