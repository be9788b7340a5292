package org.livelihoodmatch.livelihood;

import java.math.BigDecimal;
import org.livelihoodmatch.catalogue.LivingCosts;

/**
 * The one computation of a monthly budget (DESIGN decision 4): {@code income + in-kind − living
 * costs at the workplace − remittance − loan repayment = surplus}. Accommodation costs nothing
 * where the employer or intake provides it or the client lives at home; meals provided count as
 * in-kind income worth the food cost. A placement meets the threshold when the surplus is not
 * negative.
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
      BigDecimal loanRepayment) {}

  public static Budget compute(LivingCosts costs, Terms terms) {
    BigDecimal accommodation =
        terms.accommodationProvided() || terms.livesAtHome()
            ? Money.ZERO
            : Money.cents(costs.accommodation());
    BigDecimal food = Money.cents(costs.food());
    BigDecimal transport = Money.cents(costs.transport());
    BigDecimal other = Money.cents(costs.other());
    BigDecimal total = food.add(accommodation).add(transport).add(other);
    BigDecimal inKind = terms.mealsProvided() ? food : Money.ZERO;
    BigDecimal income = Money.cents(terms.income());
    BigDecimal remittance = Money.cents(terms.remittance());
    BigDecimal repayment = Money.cents(terms.loanRepayment());
    BigDecimal surplus =
        income.add(inKind).subtract(total).subtract(remittance).subtract(repayment);
    return new Budget(
        income,
        inKind,
        new Budget.LivingCostBreakdown(food, accommodation, transport, other, total),
        remittance,
        repayment,
        surplus,
        surplus.signum() >= 0);
  }
}
