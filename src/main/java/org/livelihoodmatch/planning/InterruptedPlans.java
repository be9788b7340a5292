package org.livelihoodmatch.planning;

import org.livelihoodmatch.planning.store.PlanLeases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * At start-up, marks every plan still SOLVING in the database whose lease has lapsed (the service
 * stopped, or crashed, while solving it) as INTERRUPTED; a plan another living instance solves
 * keeps solving there. Its best solution stays stored; {@code POST /api/v1/plans/{id}/solve}
 * resumes it from there. While the service runs, {@link PlanHeartbeat} takes over the plans whose
 * instance dies.
 */
@Component
class InterruptedPlans implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(InterruptedPlans.class);

  private final PlanLeases leases;
  private final PlanSolver solver;

  InterruptedPlans(PlanLeases leases, PlanSolver solver) {
    this.leases = leases;
    this.solver = solver;
  }

  @Override
  public void run(ApplicationArguments args) {
    recover();
  }

  /** Marks the orphaned SOLVING plans INTERRUPTED; returns how many. */
  int recover() {
    int interrupted = leases.interruptLapsed(solver.solvingHere()).size();
    if (interrupted > 0) {
      log.info("{} plan(s) were solving when the service stopped: now INTERRUPTED", interrupted);
    }
    return interrupted;
  }
}
