package org.livelihoodmatch.planning;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.livelihoodmatch.planning.store.PlanInputs;

/**
 * A new cohort plan as a planner asks for it (API.md): a name, either {@code clientIds} or a {@code
 * filter}, an optional time limit (default {@value #DEFAULT_TIME_LIMIT_SECONDS} s) and optional
 * weight overrides ({@link PlanWeights}), and optionally {@code horizonMonths}: how many months of
 * expected arrivals, drawn from the organisation's history, the plan holds places for (default 0).
 */
public record PlanRequest(
    String name,
    List<UUID> clientIds,
    PlanInputs.Filter filter,
    Integer timeLimitSeconds,
    Map<String, Long> weights,
    Integer horizonMonths) {

  public static final int DEFAULT_TIME_LIMIT_SECONDS = 30;

  /** The most clients one plan may hold. */
  public static final int MAX_CLIENTS = 20_000;

  /** The longest horizon a plan may look ahead to. */
  public static final int MAX_HORIZON_MONTHS = 6;

  public PlanRequest(
      String name,
      List<UUID> clientIds,
      PlanInputs.Filter filter,
      Integer timeLimitSeconds,
      Map<String, Long> weights) {
    this(name, clientIds, filter, timeLimitSeconds, weights, null);
  }

  public int horizonOrNone() {
    return horizonMonths == null ? 0 : horizonMonths;
  }

  public int timeLimitOrDefault() {
    return timeLimitSeconds == null ? DEFAULT_TIME_LIMIT_SECONDS : timeLimitSeconds;
  }
}
