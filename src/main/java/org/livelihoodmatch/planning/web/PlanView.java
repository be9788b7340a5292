package org.livelihoodmatch.planning.web;

import java.time.Instant;
import java.util.UUID;
import org.livelihoodmatch.planning.store.PlanStatus;
import org.livelihoodmatch.planning.store.StoredPlan;

/**
 * A plan as the API shows it (API.md "Cohort plans"), plus when it was created, its time limit, its
 * run number, whether it waits in the queue, why it failed, and how many blocking pairs its stored
 * solution has (clients passed over for a pathway they want more: see {@code BlockingPairs}); for a
 * plan that looks ahead, its horizon, the arrivals expected in it and how many places the stored
 * solution holds for them.
 */
record PlanView(
    UUID id,
    String name,
    PlanStatus status,
    String score,
    boolean feasible,
    int clients,
    int assigned,
    int unassigned,
    Instant startedAt,
    Instant endedAt,
    Instant createdAt,
    int timeLimitSeconds,
    int run,
    boolean queued,
    String failure,
    Integer blockingPairs,
    int horizonMonths,
    int expectedArrivals,
    Integer heldForExpected) {

  static PlanView of(StoredPlan p, boolean queued) {
    return new PlanView(
        p.id(),
        p.name(),
        p.status(),
        p.score(),
        p.feasible(),
        p.clients(),
        p.assigned(),
        p.unassigned(),
        p.startedAt(),
        p.endedAt(),
        p.createdAt(),
        p.timeLimitSeconds(),
        p.run(),
        queued,
        p.failure(),
        p.blockingPairs(),
        p.horizonMonths(),
        p.expectedArrivals(),
        p.heldForExpected());
  }
}
