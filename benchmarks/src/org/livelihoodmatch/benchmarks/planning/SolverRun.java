package org.livelihoodmatch.benchmarks.planning;

import java.util.ArrayList;
import java.util.List;
import org.livelihoodmatch.planning.domain.CohortPlan;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.impl.constructionheuristic.scope.ConstructionHeuristicPhaseScope;
import org.optaplanner.core.impl.phase.event.PhaseLifecycleListenerAdapter;
import org.optaplanner.core.impl.phase.scope.AbstractPhaseScope;
import org.optaplanner.core.impl.solver.DefaultSolver;

/**
 * One solve of an instance with the service's solver configuration, timed: when the construction
 * heuristic had every client considered and the plan was feasible (time to first feasible), each
 * new best score over time, and the score calculation speed.
 */
final class SolverRun {

  record Point(long millis, HardMediumSoftLongScore score) {}

  record Result(
      CohortPlan best,
      long firstFeasibleMillis,
      long scoreCalculationSpeed,
      long spentMillis,
      List<Point> bestOverTime) {

    /** The best score reached within {@code millis}, from this run's history. */
    HardMediumSoftLongScore bestWithin(long millis) {
      HardMediumSoftLongScore best = null;
      for (Point p : bestOverTime) {
        if (p.millis() <= millis) {
          best = p.score();
        }
      }
      return best;
    }
  }

  private SolverRun() {}

  static Result solve(SolverConfig config, CohortPlan problem) {
    Solver<CohortPlan> solver = SolverFactory.<CohortPlan>create(config).buildSolver();
    DefaultSolver<CohortPlan> internals = (DefaultSolver<CohortPlan>) solver;
    long start = System.nanoTime();
    List<Point> points = new ArrayList<>();
    long[] firstFeasible = {-1};
    internals.addPhaseLifecycleListener(
        new PhaseLifecycleListenerAdapter<>() {
          @Override
          public void phaseEnded(AbstractPhaseScope<CohortPlan> phase) {
            if (phase instanceof ConstructionHeuristicPhaseScope<CohortPlan>) {
              HardMediumSoftLongScore score =
                  (HardMediumSoftLongScore) phase.getSolverScope().getBestScore();
              long now = millisSince(start);
              synchronized (points) {
                points.add(new Point(now, score));
              }
              if (score.isFeasible() && firstFeasible[0] < 0) {
                firstFeasible[0] = now;
              }
            }
          }
        });
    solver.addEventListener(
        event -> {
          HardMediumSoftLongScore score = (HardMediumSoftLongScore) event.getNewBestScore();
          long now = millisSince(start);
          synchronized (points) {
            points.add(new Point(now, score));
          }
          if (score.isFeasible() && firstFeasible[0] < 0) {
            firstFeasible[0] = now;
          }
        });
    CohortPlan best = solver.solve(problem);
    long spent = millisSince(start);
    return new Result(
        best,
        firstFeasible[0],
        internals.getSolverScope().getScoreCalculationSpeed(),
        spent,
        List.copyOf(points));
  }

  private static long millisSince(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
