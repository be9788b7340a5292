package org.livelihoodmatch.planning;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.livelihoodmatch.planning.store.PlanLeases;
import org.livelihoodmatch.planning.store.PlanStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The heart of this instance's plan leases: every {@value PlanLeases#HEARTBEAT_SECONDS} s it renews
 * the leases of the plans solving here and stops those whose stop another instance asked for; every
 * few beats it takes over the plans of an instance that died while this one ran, resuming each from
 * its stored best solution.
 */
@Component
class PlanHeartbeat {

  private static final Logger log = LoggerFactory.getLogger(PlanHeartbeat.class);

  private final PlanLeases leases;
  private final PlanSolver solver;
  private final CohortPlanning planning;
  private final Instant started = Instant.now();
  private final ScheduledExecutorService beat =
      org.livelihoodmatch.system.Daemons.scheduler("plan-heartbeat");
  private final ExecutorService stopper =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "plan-remote-stop");
            t.setDaemon(true);
            return t;
          });
  private int beats;

  PlanHeartbeat(PlanLeases leases, PlanSolver solver, CohortPlanning planning) {
    this.leases = leases;
    this.solver = solver;
    this.planning = planning;
  }

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    beat.scheduleWithFixedDelay(
        this::beatSafely,
        PlanLeases.HEARTBEAT_SECONDS,
        PlanLeases.HEARTBEAT_SECONDS,
        TimeUnit.SECONDS);
  }

  @jakarta.annotation.PreDestroy
  void stop() {
    beat.shutdownNow();
    stopper.shutdownNow();
  }

  private void beatSafely() {
    try {
      beat();
    } catch (RuntimeException e) {
      log.warn("Plan heartbeat: {}", e.getMessage());
    }
  }

  void beat() {
    for (UUID planId : leases.renew(solver.solvingHere())) {
      log.info("Plan {}: stop asked on another instance", planId);
      stopper.execute(() -> solver.end(planId, PlanStatus.STOPPED));
    }
    if (++beats % 3 == 0) {
      Instant aliveSince = started.minusSeconds(PlanLeases.LAPSE_SECONDS);
      for (UUID planId : leases.interruptLapsed(solver.solvingHere(), aliveSince)) {
        log.warn("Plan {}: its instance stopped beating; resuming it here", planId);
        planning.resume(planId);
      }
    }
  }
}
