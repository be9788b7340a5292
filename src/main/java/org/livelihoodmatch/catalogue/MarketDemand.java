package org.livelihoodmatch.catalogue;

import java.math.BigDecimal;

/**
 * How many new small businesses of one occupation a province's market absorbs a year, and what one
 * of them can expect to earn net a month: the basis of self-employment options.
 */
public record MarketDemand(
    String province,
    String occupation,
    int newBusinessesPerYear,
    BigDecimal netMonthlyIncome,
    Provenance provenance) {

  /** The key that identifies this market in plans: province and occupation. */
  public String marketKey() {
    return province + ":" + occupation;
  }
}
