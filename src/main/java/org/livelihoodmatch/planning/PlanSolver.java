package org.livelihoodmatch.planning;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.livelihoodmatch.planning.domain.CohortPlan;
import org.livelihoodmatch.planning.store.PlanLeases;
import org.livelihoodmatch.planning.store.PlanStatus;
import org.optaplanner.core.api.solver.SolverManager;
import org.optaplanner.core.api.solver.SolverStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs plans on the application's {@link SolverManager}: queues them, enforces each plan's own time
 * limit (terminating its job that long after the solver took it up), stops them on request, and
 * when the service shuts down ends every run as INTERRUPTED with its best solution stored.
 */
@Component
class PlanSolver {

  private static final Logger log = LoggerFactory.getLogger(PlanSolver.class);
  private static final Duration WAIT_FOR_END = Duration.ofSeconds(60);
  private static final Duration WAIT_AT_SHUTDOWN = Duration.ofSeconds(5);

  private final SolverManager<CohortPlan, UUID> solverManager;
  private final SolutionRecorder recorder;
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread thread = new Thread(r, "plan-time-limits");
            thread.setDaemon(true);
            return thread;
          });
  private final Map<UUID, PlanRun> runs = new ConcurrentHashMap<>();

  private final PlanLeases leases;

  PlanSolver(
      SolverManager<CohortPlan, UUID> solverManager, SolutionRecorder recorder, PlanLeases leases) {
    this.solverManager = solverManager;
    this.recorder = recorder;
    this.leases = leases;
  }

  /** Queues a run of a plan; returns at once. */
  void solve(PlanRun run, CohortPlan problem) {
    PlanRun previous = runs.get(run.planId);
    if (previous != null) {
      // Its end is stored (the plan is no longer SOLVING) but it has not let go yet.
      awaitEnd(previous, Duration.ofSeconds(5));
    }
    if (runs.putIfAbsent(run.planId, run) != null) {
      throw new PlanConflict("alreadySolving", "The plan is already solving.");
    }
    try {
      leases.claim(run.planId);
      solverManager.solveAndListen(
          run.jobId,
          jobId -> {
            if (!run.started() && !run.endRequested()) {
              run.begin(
                  timer.schedule(
                      () -> timeUp(run), run.timeLimit.toMillis(), TimeUnit.MILLISECONDS));
              recorder.started(run, problem);
            }
            return problem;
          },
          best -> recorder.best(run, best),
          last -> finished(run, last),
          (jobId, error) -> failed(run, error));
    } catch (RuntimeException e) {
      runs.remove(run.planId, run);
      throw e;
    }
  }

  /** Whether this instance is solving (or has queued) the plan. */
  boolean isSolving(UUID planId) {
    return runs.containsKey(planId);
  }

  /** Whether the plan waits for a free core. */
  boolean isQueued(UUID planId) {
    PlanRun run = runs.get(planId);
    return run != null
        && solverManager.getSolverStatus(run.jobId) == SolverStatus.SOLVING_SCHEDULED;
  }

  /** The plans this instance is solving or has queued. */
  Set<UUID> solvingHere() {
    return Set.copyOf(runs.keySet());
  }

  /**
   * Ends a plan's run early with {@code status} and waits until its best solution is stored; empty
   * when this instance is not solving the plan.
   */
  Optional<PlanStatus> end(UUID planId, PlanStatus status) {
    return end(planId, status, WAIT_FOR_END);
  }

  private Optional<PlanStatus> end(UUID planId, PlanStatus status, Duration wait) {
    PlanRun run = runs.get(planId);
    if (run == null) {
      return Optional.empty();
    }
    run.requestEnd(status);
    solverManager.terminateEarly(run.jobId);
    if (!run.started()) {
      // Cancelled in the queue: no solver thread and no consumer will run for it.
      recorder.end(run, run.endStatus(), null);
      release(run, run.endStatus());
    }
    return Optional.of(awaitEnd(run, wait));
  }

  private static PlanStatus awaitEnd(PlanRun run, Duration wait) {
    try {
      return run.finished.get(wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return run.endStatus();
    } catch (ExecutionException | TimeoutException e) {
      log.warn("Plan {} run {} did not end within {}", run.planId, run.run, wait);
      return run.endStatus();
    }
  }

  /**
   * On shutdown: every run ends INTERRUPTED with its best solution stored, then resumable. Waits a
   * few seconds at most per plan; a plan whose end cannot be stored (the database is stopping too)
   * is marked INTERRUPTED at the next start by {@link InterruptedPlans}.
   */
  @PreDestroy
  void interruptAll() {
    List<UUID> solving = List.copyOf(runs.keySet());
    for (UUID planId : solving) {
      end(planId, PlanStatus.INTERRUPTED, WAIT_AT_SHUTDOWN);
    }
    timer.shutdownNow();
  }

  /**
   * A run's time is up. Ending a solver job waits until its final solution is stored, so it runs
   * apart from the timer: one plan slow to store its end never holds up another plan's time limit.
   */
  private void timeUp(PlanRun run) {
    if (runs.get(run.planId) == run) {
      Thread ending =
          new Thread(() -> solverManager.terminateEarly(run.jobId), "plan-time-up-" + run.planId);
      ending.setDaemon(true);
      ending.start();
    }
  }

  private void finished(PlanRun run, CohortPlan last) {
    run.cancelTimer();
    PlanStatus status = run.endStatus();
    try {
      recorder.last(run, last, status);
    } finally {
      release(run, status);
    }
  }

  private void failed(PlanRun run, Throwable error) {
    run.cancelTimer();
    log.error("Plan {} run {} failed", run.planId, run.run, error);
    recorder.end(run, PlanStatus.FAILED, "The solver failed: " + error.getMessage());
    release(run, PlanStatus.FAILED);
  }

  private void release(PlanRun run, PlanStatus status) {
    runs.remove(run.planId, run);
    run.finished.complete(status);
  }
}
