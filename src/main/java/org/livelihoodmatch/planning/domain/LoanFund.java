package org.livelihoodmatch.planning.domain;

import java.util.Objects;

/**
 * Problem fact: the money a microcredit product still has to lend, in US cents. The loans of all
 * clients of the plan drawing on the product must fit in it.
 */
public record LoanFund(String productCode, long fundCents) {

  public LoanFund {
    Objects.requireNonNull(productCode, "productCode");
    if (fundCents < 0) {
      throw new IllegalArgumentException("fundCents must be >= 0, was " + fundCents);
    }
  }
}
