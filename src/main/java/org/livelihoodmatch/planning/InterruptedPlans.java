package org.livelihoodmatch.planning;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * At start-up, marks every plan still SOLVING in the database, yet solved by no one here (the
 * service stopped, or crashed, while solving it), as INTERRUPTED. Its best solution stays stored;
 * {@code POST /api/v1/plans/{id}/solve} resumes it from there.
 */
@Component
class InterruptedPlans implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(InterruptedPlans.class);

  private final Plans plans;
  private final PlanSolver solver;

  InterruptedPlans(Plans plans, PlanSolver solver) {
    this.plans = plans;
    this.solver = solver;
  }

  @Override
  public void run(ApplicationArguments args) {
    recover();
  }

  /** Marks the orphaned SOLVING plans INTERRUPTED; returns how many. */
  int recover() {
    int interrupted = plans.interruptAllBut(solver.solvingHere());
    if (interrupted > 0) {
      log.info("{} plan(s) were solving when the service stopped: now INTERRUPTED", interrupted);
    }
    return interrupted;
  }
}
