package org.livelihoodmatch.livelihood;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The monthly instalment of a loan repaid in equal instalments (an annuity): {@code P·r / (1 −
 * (1+r)^−n)} with {@code r} the monthly rate, or {@code P / n} at no interest.
 */
public final class LoanRepayment {

  private static final MathContext PRECISION = new MathContext(20, RoundingMode.HALF_EVEN);

  private LoanRepayment() {}

  public static BigDecimal monthly(
      BigDecimal principal, BigDecimal monthlyRatePercent, int months) {
    if (months <= 0) {
      throw new IllegalArgumentException("a loan term has at least one month");
    }
    if (principal.signum() == 0) {
      return Money.ZERO;
    }
    BigDecimal r = monthlyRatePercent.divide(BigDecimal.valueOf(100), PRECISION);
    if (r.signum() == 0) {
      return Money.cents(principal.divide(BigDecimal.valueOf(months), PRECISION));
    }
    BigDecimal growth = BigDecimal.ONE.add(r).pow(months, PRECISION);
    BigDecimal discount = BigDecimal.ONE.subtract(BigDecimal.ONE.divide(growth, PRECISION));
    return Money.cents(principal.multiply(r).divide(discount, PRECISION));
  }
}
