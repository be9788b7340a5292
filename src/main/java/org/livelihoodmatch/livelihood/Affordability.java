package org.livelihoodmatch.livelihood;

import java.math.BigDecimal;

/**
 * Whether a household that already owes can take on a new loan. Two rules stand on top of the
 * budget's own (a surplus that is not negative):
 *
 * <ul>
 *   <li><b>Debt service.</b> All the repayments she carries, the household's existing debts and the
 *       new instalment together, may take at most half of the pathway's monthly income ({@link
 *       #MAX_DEBT_SERVICE_SHARE}). The Cambodia Financial Diaries (Microfinance Opportunities for
 *       FMO, 258 MFI borrowers in Phnom Penh and Kampong Speu) found that borrowers whose
 *       repayments took more than 75% of income went short of food; half is our own margin below
 *       that (an estimate, not a rule of the National Bank).
 *   <li><b>The legal ceiling.</b> A debt whose monthly rate is above the National Bank of
 *       Cambodia's ceiling of 18% a year (1.5% a month, Prakas B7-017-109, in force from 1 April
 *       2017) is flagged to the officer: the moneylenders of seed 003 charge 10-15% a month. The
 *       ceiling binds licensed lenders; a moneylender above it is a debt to replace, not to add to.
 * </ul>
 */
public final class Affordability {

  /** The most of her monthly income all her loan repayments may take. */
  public static final BigDecimal MAX_DEBT_SERVICE_SHARE = new BigDecimal("0.50");

  /** The National Bank of Cambodia's ceiling, in percent a month (18% a year). */
  public static final BigDecimal LEGAL_MONTHLY_RATE_CAP = new BigDecimal("1.5");

  private Affordability() {}

  /**
   * Whether a new loan of {@code instalment} a month is affordable beside what she already repays,
   * on {@code income} a month. No new loan is always affordable.
   */
  public static boolean allowsNewLoan(
      BigDecimal income, BigDecimal existingRepayment, BigDecimal instalment) {
    if (instalment == null || instalment.signum() == 0) {
      return true;
    }
    BigDecimal service = Money.cents(existingRepayment).add(instalment);
    return service.compareTo(Money.cents(income).multiply(MAX_DEBT_SERVICE_SHARE)) <= 0;
  }

  /** A debt at a monthly rate above the National Bank's ceiling. */
  public static boolean aboveLegalCap(BigDecimal monthlyRatePercent) {
    return monthlyRatePercent != null && monthlyRatePercent.compareTo(LEGAL_MONTHLY_RATE_CAP) > 0;
  }
}
