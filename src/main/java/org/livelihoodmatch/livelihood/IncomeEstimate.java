package org.livelihoodmatch.livelihood;

import java.math.BigDecimal;

/**
 * The monthly net income expected of a small business of one occupation in one province: the
 * catalogue's figure, or that figure moved toward what such businesses placed by the service
 * reported at their follow-up visits.
 *
 * @param basedOn how many placements' reported incomes it rests on (0 for the catalogue's alone)
 */
public record IncomeEstimate(BigDecimal monthlyIncome, Source source, int basedOn) {

  /** Where the figure comes from, as {@code incomeSource} in the API. */
  public enum Source {
    CATALOGUE,
    OBSERVED;

    public String apiName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public static IncomeEstimate catalogue(BigDecimal monthlyIncome) {
    return new IncomeEstimate(monthlyIncome, Source.CATALOGUE, 0);
  }
}
