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

  /** What a caller is told about an amount with more than 2 decimals, wherever it was entered. */
  public static final String NOT_IN_CENTS = "must have at most 2 decimals";

  /**
   * Whether an amount a caller entered is in whole cents (an absent one counts as such). Every form
   * refuses more decimals instead of rounding them away, so that what is stored is what was meant.
   */
  public static boolean inWholeCents(BigDecimal amount) {
    return amount == null || amount.scale() <= 2;
  }

  public static long toCents(BigDecimal amount) {
    return cents(amount).movePointRight(2).longValueExact();
  }
}
