package org.livelihoodmatch.planning.store;

import java.time.Instant;
import java.util.UUID;

/**
 * A cohort plan's row: who owns it, where it stands and the headline of its best solution so far.
 * {@code run} counts the solves (the first is 1), {@code revision} the stored best solutions;
 * {@code blockingPairs} is null until a solution is stored. A plan that looks ahead {@code
 * horizonMonths} months drew {@code expectedArrivals} arrivals; {@code heldForExpected} of them
 * hold places in its stored best solution (null until one is stored). {@code figures} (null for a
 * plan stored before they were) say what its best solution does for its clients.
 */
public record StoredPlan(
    UUID id,
    UUID organisationId,
    String name,
    PlanStatus status,
    String createdBy,
    Instant createdAt,
    Instant startedAt,
    Instant endedAt,
    int timeLimitSeconds,
    int run,
    long revision,
    String score,
    boolean feasible,
    int clients,
    int assigned,
    String failure,
    Integer blockingPairs,
    int horizonMonths,
    int expectedArrivals,
    Integer heldForExpected,
    PlanFigures figures) {

  public int unassigned() {
    return clients - assigned;
  }
}
