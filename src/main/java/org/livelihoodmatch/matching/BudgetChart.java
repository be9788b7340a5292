package org.livelihoodmatch.matching;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.livelihoodmatch.livelihood.Budget;

/**
 * A pathway's monthly budget drawn as two bars on one scale: what comes in (income and meals in
 * kind) against where it goes (living costs, remittance home, loan repayment, and what is left
 * over, and the household's existing debts). Widths are percentages of the longer bar, so a budget
 * that barely covers living costs shows a thin "left over" segment at a glance.
 *
 * @param comesIn the segments of the upper bar
 * @param goesOut the segments of the lower bar
 */
record BudgetChart(List<Segment> comesIn, List<Segment> goesOut, Budget budget) {

  /**
   * One coloured part of a bar.
   *
   * @param key the message key (and CSS class) of what it stands for
   * @param amount US dollars a month
   * @param percent its width, 0..100
   */
  record Segment(String key, BigDecimal amount, double percent) {}

  static BudgetChart of(Budget budget) {
    BigDecimal surplus = budget.surplus().max(BigDecimal.ZERO);
    BigDecimal in = budget.income().add(budget.inKind());
    BigDecimal out =
        budget
            .livingCosts()
            .total()
            .add(budget.remittance())
            .add(budget.loanRepayment())
            .add(budget.debtRepayment())
            .add(surplus);
    BigDecimal scale = in.max(out);
    List<Segment> comesIn = new ArrayList<>();
    add(comesIn, "income", budget.income(), scale);
    add(comesIn, "in-kind", budget.inKind(), scale);
    List<Segment> goesOut = new ArrayList<>();
    add(goesOut, "living", budget.livingCosts().total(), scale);
    add(goesOut, "remittance", budget.remittance(), scale);
    add(goesOut, "loan", budget.loanRepayment(), scale);
    add(goesOut, "debts", budget.debtRepayment(), scale);
    add(goesOut, "surplus", surplus, scale);
    return new BudgetChart(comesIn, goesOut, budget);
  }

  private static void add(List<Segment> bar, String key, BigDecimal amount, BigDecimal scale) {
    if (amount.signum() > 0 && scale.signum() > 0) {
      double percent =
          amount
              .multiply(BigDecimal.valueOf(100))
              .divide(scale, 1, RoundingMode.HALF_UP)
              .doubleValue();
      bar.add(new Segment(key, amount, percent));
    }
  }
}
