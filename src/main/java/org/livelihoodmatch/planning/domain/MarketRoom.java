package org.livelihoodmatch.planning.domain;

import java.util.Objects;

/**
 * Problem fact: how many new businesses of one occupation a province's market can absorb (for
 * example three new tailors in Svay Rieng), so that a plan does not flood a market the way
 * second-hand clothes flooded rural tailors. {@code marketKey} is the application's key of province
 * and occupation, the same as {@link PathwayOption#marketKey()}.
 */
public record MarketRoom(String marketKey, int newBusinesses) {

  public MarketRoom {
    Objects.requireNonNull(marketKey, "marketKey");
    if (newBusinesses < 0) {
      throw new IllegalArgumentException("newBusinesses must be >= 0, was " + newBusinesses);
    }
  }
}
