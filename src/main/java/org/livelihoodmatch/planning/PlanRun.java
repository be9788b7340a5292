package org.livelihoodmatch.planning;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import org.livelihoodmatch.planning.store.PlanStatus;

/**
 * One solve of one plan while it lasts, as this service instance knows it: the solver job's own id
 * (fresh per run, so a re-solve never collides with the job it follows), the time limit, how it is
 * to end (the time limit: DONE; a planner's stop: STOPPED; the service stopping: INTERRUPTED), the
 * pathways last stored, and a future completed once its end is stored.
 */
final class PlanRun {

  final UUID planId;
  final int run;
  final UUID jobId = UUID.randomUUID();
  final Duration timeLimit;
  final CompletableFuture<PlanStatus> finished = new CompletableFuture<>();

  private final Map<UUID, String> storedPathways;
  private volatile PlanStatus requestedEnd;
  private volatile boolean started;
  private volatile long startNanos;
  private volatile long lastRecordNanos;
  private volatile ScheduledFuture<?> timeUp;

  PlanRun(UUID planId, int run, Duration timeLimit, Map<UUID, String> storedPathways) {
    this.planId = planId;
    this.run = run;
    this.timeLimit = timeLimit;
    this.storedPathways = new HashMap<>(storedPathways);
  }

  /** The solver has taken the plan up: the time limit counts from now. */
  void begin(ScheduledFuture<?> timeUp) {
    this.startNanos = System.nanoTime();
    this.started = true;
    this.timeUp = timeUp;
  }

  boolean started() {
    return started;
  }

  long elapsedMillis() {
    return started ? (System.nanoTime() - startNanos) / 1_000_000 : 0;
  }

  /** Asks the run to end with this status rather than DONE (the first request wins). */
  synchronized void requestEnd(PlanStatus status) {
    if (requestedEnd == null) {
      requestedEnd = status;
    }
  }

  boolean endRequested() {
    return requestedEnd != null;
  }

  /** The status the run ends with: the one requested, or DONE at its time limit. */
  PlanStatus endStatus() {
    return requestedEnd == null ? PlanStatus.DONE : requestedEnd;
  }

  void cancelTimer() {
    ScheduledFuture<?> timer = timeUp;
    if (timer != null) {
      timer.cancel(false);
    }
  }

  /** Whether a new best solution is due to be stored: at most one every {@code interval}. */
  boolean recordDue(Duration interval) {
    long now = System.nanoTime();
    if (lastRecordNanos != 0 && now - lastRecordNanos < interval.toNanos()) {
      return false;
    }
    lastRecordNanos = now;
    return true;
  }

  /** The pathways that differ from those last stored (null: now none). */
  synchronized Map<UUID, String> changes(Map<UUID, String> pathways, Iterable<UUID> clients) {
    Map<UUID, String> changed = new HashMap<>();
    for (UUID client : clients) {
      String now = pathways.get(client);
      String before = storedPathways.get(client);
      if (now == null ? before != null : !now.equals(before)) {
        changed.put(client, now);
      }
    }
    return changed;
  }

  /** Remembers that these changes are stored. */
  synchronized void stored(Map<UUID, String> changed) {
    changed.forEach(
        (client, pathway) -> {
          if (pathway == null) {
            storedPathways.remove(client);
          } else {
            storedPathways.put(client, pathway);
          }
        });
  }
}
