package org.livelihoodmatch.catalogue;

import java.math.BigDecimal;

/** What one worker needs a month to live in a province, by category, in US dollars. */
public record LivingCosts(
    String province,
    BigDecimal food,
    BigDecimal accommodation,
    BigDecimal transport,
    BigDecimal other,
    String asOf,
    Provenance provenance) {

  public BigDecimal total() {
    return food.add(accommodation).add(transport).add(other);
  }
}
