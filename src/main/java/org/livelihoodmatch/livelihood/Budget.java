package org.livelihoodmatch.livelihood;

import java.math.BigDecimal;

/**
 * A client's monthly budget in one placement: what comes in, what living there costs, what goes
 * home, to the lender of a new loan and to the household's existing debts ({@code debtRepayment},
 * her share of their monthly repayments), and what is left. The same shape everywhere in the
 * service: {@code income + inKind - livingCosts.total - remittance - loanRepayment - debtRepayment
 * = surplus}.
 */
public record Budget(
    BigDecimal income,
    BigDecimal inKind,
    LivingCostBreakdown livingCosts,
    BigDecimal remittance,
    BigDecimal loanRepayment,
    BigDecimal debtRepayment,
    BigDecimal surplus,
    boolean meetsThreshold) {

  /**
   * A budget stored before debts entered it (issue 13) reads as one without them: its surplus was
   * computed without any.
   */
  public Budget {
    debtRepayment = debtRepayment == null ? Money.ZERO : debtRepayment;
  }

  /** The living costs at the workplace by category. */
  public record LivingCostBreakdown(
      BigDecimal food,
      BigDecimal accommodation,
      BigDecimal transport,
      BigDecimal other,
      BigDecimal total) {}
}
