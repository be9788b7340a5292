package org.livelihoodmatch.livelihood;

import java.math.BigDecimal;

/**
 * A client's monthly budget in one placement: what comes in, what living there costs, what goes
 * home and to the lender, and what is left. The same shape everywhere in the service.
 */
public record Budget(
    BigDecimal income,
    BigDecimal inKind,
    LivingCostBreakdown livingCosts,
    BigDecimal remittance,
    BigDecimal loanRepayment,
    BigDecimal surplus,
    boolean meetsThreshold) {

  /** The living costs at the workplace by category. */
  public record LivingCostBreakdown(
      BigDecimal food,
      BigDecimal accommodation,
      BigDecimal transport,
      BigDecimal other,
      BigDecimal total) {}
}
