package org.livelihoodmatch.planning;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.livelihoodmatch.planning.store.PlanInputs;

/**
 * A new cohort plan as a planner asks for it (API.md): a name, either {@code clientIds} or a {@code
 * filter}, an optional time limit (default {@value #DEFAULT_TIME_LIMIT_SECONDS} s) and optional
 * weight overrides ({@link PlanWeights}).
 */
public record PlanRequest(
    String name,
    List<UUID> clientIds,
    PlanInputs.Filter filter,
    Integer timeLimitSeconds,
    Map<String, Long> weights) {

  public static final int DEFAULT_TIME_LIMIT_SECONDS = 30;

  /** The most clients one plan may hold. */
  public static final int MAX_CLIENTS = 20_000;

  public int timeLimitOrDefault() {
    return timeLimitSeconds == null ? DEFAULT_TIME_LIMIT_SECONDS : timeLimitSeconds;
  }
}
