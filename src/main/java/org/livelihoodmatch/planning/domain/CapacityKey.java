package org.livelihoodmatch.planning.domain;

import java.util.Objects;

/**
 * One capacity a pathway draws on: a training intake's seats, a vacancy's positions or a market's
 * room for new businesses. Loan funds are money, not places, and are not keys. {@code id} is the
 * intake's or vacancy's id, or the market's key.
 */
public record CapacityKey(Kind kind, Object id) {

  /** What sort of capacity. */
  public enum Kind {
    INTAKE,
    VACANCY,
    MARKET
  }

  public CapacityKey {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
  }
}
