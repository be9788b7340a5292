package org.livelihoodmatch.search;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.store.AlreadyClosedException;

/**
 * The background thread of the index: refreshes the searchers every {@value
 * SearchIndex#REFRESH_MILLIS} ms, so that a change is visible within a second without any query
 * paying for a reopen, and commits every {@value SearchIndex#COMMIT_SECONDS} s when something
 * changed, so that little is lost (and a crash is recognisable) after an unclean stop.
 */
final class Maintenance implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(Maintenance.class.getName());

  private final LiveIndex live;
  private final ScheduledExecutorService thread;

  Maintenance(LiveIndex live) {
    this.live = live;
    this.thread =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread daemon = new Thread(task, "search-index-maintenance");
              daemon.setDaemon(true);
              return daemon;
            });
    thread.scheduleWithFixedDelay(
        this::refresh,
        SearchIndex.REFRESH_MILLIS,
        SearchIndex.REFRESH_MILLIS,
        TimeUnit.MILLISECONDS);
    thread.scheduleWithFixedDelay(
        this::commit, SearchIndex.COMMIT_SECONDS, SearchIndex.COMMIT_SECONDS, TimeUnit.SECONDS);
  }

  private void refresh() {
    try {
      live.current().searchers.maybeRefresh();
    } catch (AlreadyClosedException swapped) {
      // a rebuild replaced the generation: the next run refreshes the new one
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "search index refresh failed", e);
    }
  }

  private void commit() {
    try {
      if (live.current().writer.hasUncommittedChanges()) {
        live.commit(false);
      }
    } catch (AlreadyClosedException swapped) {
      // the next run commits the new generation
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "search index commit failed", e);
    }
  }

  /** Stops after the task in progress; never interrupts it (Lucene's files must not see that). */
  @Override
  public void close() throws InterruptedException {
    thread.shutdown();
    if (!thread.awaitTermination(30, TimeUnit.SECONDS)) {
      LOG.log(Level.WARNING, "search index maintenance did not stop within 30 s");
    }
  }
}
