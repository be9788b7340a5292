package org.livelihoodmatch.planning;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.livelihoodmatch.planning.domain.ClientAssignment;
import org.livelihoodmatch.planning.domain.CohortPlan;
import org.livelihoodmatch.planning.solver.BlockingPairs;
import org.livelihoodmatch.planning.store.PlanStatus;
import org.livelihoodmatch.planning.store.Plans;
import org.livelihoodmatch.planning.store.ProgressPoint;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolutionUpdatePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Stores a plan's best solutions as the solver finds them, on the solver's consumer thread: the
 * score and counts, the pathways that changed and a point of progress, at most a few times a second
 * (the solver may improve thousands of times), and always the last one. A plan that stops for any
 * reason keeps the best solution stored so far.
 */
@Component
class SolutionRecorder {

  /** The shortest time between two stored best solutions of one run. */
  static final Duration INTERVAL = Duration.ofMillis(250);

  private static final Logger log = LoggerFactory.getLogger(SolutionRecorder.class);

  private final Plans plans;
  private final SolutionManager<CohortPlan, HardMediumSoftLongScore> scores;

  SolutionRecorder(Plans plans, SolutionManager<CohortPlan, HardMediumSoftLongScore> scores) {
    this.plans = plans;
    this.scores = scores;
  }

  /** The solver has taken the run up: stores the score it starts from as its first point. */
  void started(PlanRun run, CohortPlan problem) {
    try {
      scores.update(problem, SolutionUpdatePolicy.UPDATE_SCORE_ONLY);
    } catch (RuntimeException e) {
      log.error("Could not score the start of plan {} run {}", run.planId, run.run, e);
      return;
    }
    run.recordDue(INTERVAL);
    store(run, problem);
  }

  /** A new best solution while solving: stored unless one was stored very recently. */
  void best(PlanRun run, CohortPlan solution) {
    if (run.recordDue(INTERVAL)) {
      store(run, solution);
    }
  }

  /** The final best solution of a run and how the run ended. */
  void last(PlanRun run, CohortPlan solution, PlanStatus status) {
    store(run, solution);
    end(run, status, null);
  }

  /** Ends a run without a new solution (stopped before it started, or failed). */
  void end(PlanRun run, PlanStatus status, String failure) {
    try {
      plans.finish(run.planId, run.run, status, failure);
      log.info("Plan {} run {} ended {}", run.planId, run.run, status);
    } catch (RuntimeException e) {
      log.error("Could not store the end of plan {} run {}", run.planId, run.run, e);
    }
  }

  private void store(PlanRun run, CohortPlan solution) {
    try {
      Map<UUID, String> pathways = CohortPlans.pathways(solution);
      Map<UUID, String> changed =
          run.changes(
              pathways,
              solution.getAssignments().stream().map(ClientAssignment::getClientId).toList());
      ProgressPoint point =
          new ProgressPoint(
              run.run,
              Instant.now(),
              run.elapsedMillis(),
              String.valueOf(solution.getScore()),
              CohortPlans.feasible(solution),
              pathways.size());
      plans.recordBest(
          run.planId,
          run.run,
          point,
          BlockingPairs.of(solution).size(),
          CohortPlans.figures(solution),
          changed,
          CohortPlans.expectedPathways(solution));
      run.stored(changed);
    } catch (RuntimeException e) {
      // The solver goes on; the next best solution (or the final one) is stored instead.
      log.error("Could not store a best solution of plan {} run {}", run.planId, run.run, e);
    }
  }
}
