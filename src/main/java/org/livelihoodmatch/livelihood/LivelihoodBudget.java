package org.livelihoodmatch.livelihood;

import java.math.BigDecimal;
import org.livelihoodmatch.catalogue.LivingCosts;

/**
 * The one computation of a monthly budget (DESIGN decision 4): {@code income + in-kind − living
 * costs at the workplace − remittance − loan repayment − debt repayment = surplus}, where the debt
 * repayment is her share of what her household already repays each month. Accommodation costs
 * nothing where the employer or intake provides it or the client lives at home; meals provided
 * count as in-kind income worth the food cost. A placement meets the threshold when the surplus is
 * not negative.
 */
public final class LivelihoodBudget {

  private LivelihoodBudget() {}

  /** What one placement brings in and what it spares the client. */
  public record Terms(
      BigDecimal income,
      boolean mealsProvided,
      boolean accommodationProvided,
      boolean livesAtHome,
      BigDecimal remittance,
      BigDecimal loanRepayment,
      BigDecimal debtRepayment) {

    /** Terms without household debts. */
    public Terms(
        BigDecimal income,
        boolean mealsProvided,
        boolean accommodationProvided,
        boolean livesAtHome,
        BigDecimal remittance,
        BigDecimal loanRepayment) {
      this(
          income,
          mealsProvided,
          accommodationProvided,
          livesAtHome,
          remittance,
          loanRepayment,
          Money.ZERO);
    }
  }

  /**
   * What a client reported at a follow-up visit: what she earned, what living cost her by category,
   * what she sent home, and the loan instalment she owes.
   */
  public record Reported(
      BigDecimal income,
      BigDecimal food,
      BigDecimal accommodation,
      BigDecimal transport,
      BigDecimal other,
      BigDecimal remittance,
      BigDecimal loanRepayment) {}

  public static Budget compute(LivingCosts costs, Terms terms) {
    BigDecimal accommodation =
        terms.accommodationProvided() || terms.livesAtHome()
            ? Money.ZERO
            : Money.cents(costs.accommodation());
    BigDecimal food = Money.cents(costs.food());
    return of(
        Money.cents(terms.income()),
        terms.mealsProvided() ? food : Money.ZERO,
        food,
        accommodation,
        Money.cents(costs.transport()),
        Money.cents(costs.other()),
        Money.cents(terms.remittance()),
        Money.cents(terms.loanRepayment()),
        Money.cents(terms.debtRepayment()));
  }

  /** The actual budget of a month as the client reported it at a follow-up visit. */
  public static Budget actual(Reported r) {
    return of(
        Money.cents(r.income()),
        Money.ZERO,
        Money.cents(r.food()),
        Money.cents(r.accommodation()),
        Money.cents(r.transport()),
        Money.cents(r.other()),
        Money.cents(r.remittance()),
        Money.cents(r.loanRepayment()),
        Money.ZERO);
  }

  private static Budget of(
      BigDecimal income,
      BigDecimal inKind,
      BigDecimal food,
      BigDecimal accommodation,
      BigDecimal transport,
      BigDecimal other,
      BigDecimal remittance,
      BigDecimal repayment,
      BigDecimal debts) {
    BigDecimal total = food.add(accommodation).add(transport).add(other);
    BigDecimal surplus =
        income.add(inKind).subtract(total).subtract(remittance).subtract(repayment).subtract(debts);
    return new Budget(
        income,
        inKind,
        new Budget.LivingCostBreakdown(food, accommodation, transport, other, total),
        remittance,
        repayment,
        debts,
        surplus,
        surplus.signum() >= 0);
  }
}
