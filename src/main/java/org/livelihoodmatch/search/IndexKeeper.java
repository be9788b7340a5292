package org.livelihoodmatch.search;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the index consistent with PostgreSQL over the service's life: at start-up it compares the
 * index with the database and rebuilds it in the background when needed (until then the index is
 * not {@link #ready()} and health says DOWN); it rebuilds on an administrator's request while
 * searches keep answering from the old index; and every hour it takes out the intakes that have
 * started.
 */
@Component
public class IndexKeeper {

  private static final Logger log = LoggerFactory.getLogger(IndexKeeper.class);
  private static final int STARTED_INTAKES_LOOKBACK_DAYS = 7;

  /** What the last rebuild did, for the administrator. */
  public record LastRebuild(
      Instant startedAt, Instant finishedAt, Map<SearchType, Long> counts, String error) {}

  private final SearchIndex index;
  private final DocumentSource documents;
  private final FullRebuild fullRebuild;
  private final ScheduledExecutorService worker =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread thread = new Thread(task, "search-index-keeper");
            thread.setDaemon(true);
            return thread;
          });

  /**
   * How far the rebuild in progress has come: documents written to the new index of those the
   * database held when it started.
   */
  public record RebuildProgress(long indexed, long total) {}

  private final AtomicBoolean rebuilding = new AtomicBoolean();
  private final AtomicLong indexed = new AtomicLong();
  private volatile long total;
  private volatile boolean ready;
  private volatile boolean closing;
  private volatile LastRebuild lastRebuild;

  IndexKeeper(SearchIndex index, DocumentSource documents, FullRebuild fullRebuild) {
    this.index = index;
    this.documents = documents;
    this.fullRebuild = fullRebuild;
  }

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    rebuilding.set(true);
    worker.execute(this::checkAtStartup);
    worker.scheduleWithFixedDelay(this::removeStartedIntakes, 1, 1, TimeUnit.HOURS);
  }

  /** Whether the index is consistent with the database (or is being rebuilt from one that was). */
  public boolean ready() {
    return ready;
  }

  public boolean rebuilding() {
    return rebuilding.get();
  }

  public LastRebuild lastRebuild() {
    return lastRebuild;
  }

  /** The rebuild in progress, if one runs. */
  public java.util.Optional<RebuildProgress> progress() {
    return rebuilding.get()
        ? java.util.Optional.of(new RebuildProgress(indexed.get(), total))
        : java.util.Optional.empty();
  }

  /** Starts a rebuild in the background; false when one is already running. */
  public boolean requestRebuild() {
    if (!rebuilding.compareAndSet(false, true)) {
      return false;
    }
    worker.execute(this::rebuild);
    return true;
  }

  private void checkAtStartup() {
    try {
      Map<SearchType, Long> expected = documents.counts();
      if (index.needsRebuild(expected)) {
        log.info(
            "Search index found {}, database holds {}: rebuilding",
            index.startupStatus(),
            expected);
        rebuild();
      } else {
        log.info("Search index is consistent with the database: {}", expected);
        ready = true;
        rebuilding.set(false);
      }
      removeStartedIntakes();
    } catch (RuntimeException e) {
      rebuilding.set(false);
      log.error("Search index check at start-up failed", e);
    }
  }

  /** Rebuilds from the database; the caller has set {@code rebuilding}. */
  private void rebuild() {
    Instant started = Instant.now();
    try {
      indexed.set(0);
      total = documents.counts().values().stream().mapToLong(Long::longValue).sum();
      IndexStatus status = fullRebuild.run(() -> closing, indexed::incrementAndGet);
      Instant finished = Instant.now();
      long total = status.counts().values().stream().mapToLong(Long::longValue).sum();
      double seconds = Math.max(0.001, Duration.between(started, finished).toMillis() / 1000.0);
      log.info(
          "Search index rebuilt: {} documents in {} s ({} documents/s)",
          total,
          seconds,
          Math.round(total / seconds));
      lastRebuild = new LastRebuild(started, finished, status.counts(), null);
      ready = true;
    } catch (RuntimeException e) {
      lastRebuild = new LastRebuild(started, Instant.now(), Map.of(), e.getMessage());
      if (!closing) {
        log.error("Search index rebuild failed; the previous index stays in use", e);
      }
    } finally {
      rebuilding.set(false);
    }
  }

  private void removeStartedIntakes() {
    try {
      for (UUID id : documents.startedIntakes(STARTED_INTAKES_LOOKBACK_DAYS)) {
        index.delete(SearchType.TRAINING, id.toString());
      }
    } catch (RuntimeException e) {
      log.warn("Could not take started intakes out of the search index", e);
    }
  }

  /** Stops a rebuild in progress (the old index stays) before the index closes. */
  @PreDestroy
  void stop() throws InterruptedException {
    closing = true;
    worker.shutdown(); // never interrupts: Lucene's files must not see that; `closing` stops it
    if (!worker.awaitTermination(60, TimeUnit.SECONDS)) {
      log.warn("Search index keeper did not stop within 60 s");
    }
  }
}
