package org.livelihoodmatch.planning.domain;

import java.util.Objects;

/**
 * Problem fact: how many clients of the plan one capacity takes, the same figure as its {@link
 * IntakeSeats}, {@link VacancyPositions} or {@link MarketRoom} fact, under one key so that rules
 * about any capacity (such as stability) are written once.
 */
public record CapacityLimit(CapacityKey key, int capacity) {

  public CapacityLimit {
    Objects.requireNonNull(key, "key");
  }
}
