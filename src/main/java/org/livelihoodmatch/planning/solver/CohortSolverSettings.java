package org.livelihoodmatch.planning.solver;

import java.time.Duration;
import java.util.Objects;
import org.optaplanner.core.config.solver.SolverConfig;

/**
 * How long and with how many threads one cohort plan is solved.
 *
 * @param timeLimit the solver stops after this long at the latest
 * @param unimprovedTimeLimit the solver stops earlier when the best score has not improved for this
 *     long; null for no such limit
 * @param moveThreadCount OptaPlanner's move thread count: {@link
 *     SolverConfig#MOVE_THREAD_COUNT_NONE} (the default: solving stays reproducible), {@code
 *     "AUTO"} or a number
 */
public record CohortSolverSettings(
    Duration timeLimit, Duration unimprovedTimeLimit, String moveThreadCount) {

  public CohortSolverSettings {
    Objects.requireNonNull(timeLimit, "timeLimit");
    Objects.requireNonNull(moveThreadCount, "moveThreadCount");
    if (timeLimit.isNegative() || timeLimit.isZero()) {
      throw new IllegalArgumentException("timeLimit must be positive, was " + timeLimit);
    }
    if (unimprovedTimeLimit != null
        && (unimprovedTimeLimit.isNegative() || unimprovedTimeLimit.isZero())) {
      throw new IllegalArgumentException(
          "unimprovedTimeLimit must be positive, was " + unimprovedTimeLimit);
    }
  }

  /** Stops after {@code seconds}, single-threaded, without an unimproved limit. */
  public static CohortSolverSettings ofSeconds(long seconds) {
    return new CohortSolverSettings(
        Duration.ofSeconds(seconds), null, SolverConfig.MOVE_THREAD_COUNT_NONE);
  }

  /** The same settings, also stopping once the best score has not improved for {@code limit}. */
  public CohortSolverSettings withUnimprovedTimeLimit(Duration limit) {
    return new CohortSolverSettings(timeLimit, limit, moveThreadCount);
  }

  /** The same settings with another move thread count. */
  public CohortSolverSettings withMoveThreadCount(String count) {
    return new CohortSolverSettings(timeLimit, unimprovedTimeLimit, count);
  }
}
