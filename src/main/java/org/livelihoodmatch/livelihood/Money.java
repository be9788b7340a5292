package org.livelihoodmatch.livelihood;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** US dollar amounts at exact cents: every figure of a budget goes through here. */
public final class Money {

  public static final BigDecimal ZERO = new BigDecimal("0.00");

  private Money() {}

  public static BigDecimal of(String amount) {
    return cents(new BigDecimal(amount));
  }

  public static BigDecimal of(long dollars) {
    return BigDecimal.valueOf(dollars).setScale(2);
  }

  /** Rounds to whole cents, half up, as a cashier would. */
  public static BigDecimal cents(BigDecimal amount) {
    return amount == null ? ZERO : amount.setScale(2, RoundingMode.HALF_UP);
  }

  public static long toCents(BigDecimal amount) {
    return cents(amount).movePointRight(2).longValueExact();
  }
}
