package org.livelihoodmatch.outcome;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.livelihoodmatch.livelihood.IncomeEstimate;

/**
 * What small businesses of an occupation earn in a province: the catalogue's figure drawn toward
 * the incomes placed clients reported at follow-ups, each placement counting once (the mean of its
 * visits), as a normal posterior mean whose prior, the catalogue's figure, weighs as much as
 * {@value #CATALOGUE_WEIGHT} placements: {@code (n * observed + 3 * catalogue) / (n + 3)}.
 */
final class IncomeEstimator {

  /** How many placements' reports the catalogue's figure is worth. */
  static final int CATALOGUE_WEIGHT = 3;

  /** One placement's mean reported income in one market. */
  record Report(String province, String occupation, BigDecimal meanIncome) {}

  /** Per market ({@code province:occupation}), the reports' count and sum. */
  record IncomeTable(Map<String, long[]> counts, Map<String, BigDecimal> sums) {

    IncomeEstimate estimate(String province, String occupation, BigDecimal catalogue) {
      String market = province + ":" + occupation;
      long[] n = counts.get(market);
      if (n == null || catalogue == null) {
        return IncomeEstimate.catalogue(catalogue);
      }
      BigDecimal weighted =
          sums.get(market).add(catalogue.multiply(BigDecimal.valueOf(CATALOGUE_WEIGHT)));
      BigDecimal income =
          weighted.divide(BigDecimal.valueOf(n[0] + CATALOGUE_WEIGHT), 2, RoundingMode.HALF_EVEN);
      return new IncomeEstimate(income, IncomeEstimate.Source.OBSERVED, (int) n[0]);
    }
  }

  private IncomeEstimator() {}

  static IncomeTable estimate(Collection<Report> reports) {
    Map<String, long[]> counts = new HashMap<>();
    Map<String, BigDecimal> sums = new HashMap<>();
    for (Report r : reports) {
      String market = r.province() + ":" + r.occupation();
      counts.computeIfAbsent(market, k -> new long[1])[0]++;
      sums.merge(market, r.meanIncome(), BigDecimal::add);
    }
    return new IncomeTable(counts, sums);
  }
}
