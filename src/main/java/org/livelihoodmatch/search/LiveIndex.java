package org.livelihoodmatch.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.lucene.index.IndexWriter;

/**
 * The generation in use and the concurrency around it. Changes and searcher acquisition share a
 * read lock; a commit (which must record counts matching exactly what it commits) and the swap to a
 * rebuilt generation take the write lock, so no change is ever applied to a closed writer or lost
 * between two generations. While a rebuild runs, changes are also recorded, to be replayed into the
 * new generation just before the swap.
 */
final class LiveIndex {

  /** One change to the index, replayable into another writer. */
  @FunctionalInterface
  interface Change {
    void applyTo(IndexWriter writer) throws IOException;
  }

  /** What one searcher is used for; the searcher is released afterwards. */
  @FunctionalInterface
  interface SearcherTask<T> {
    T run(FacetedSearcher searcher) throws IOException;
  }

  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private final String configuration;
  private volatile IndexGeneration current;
  private volatile Queue<Change> recording;

  LiveIndex(IndexGeneration initial, String configuration) {
    this.current = initial;
    this.configuration = configuration;
  }

  IndexGeneration current() {
    return current;
  }

  void change(Change change) {
    lock.readLock().lock();
    try {
      change.applyTo(current.writer);
      Queue<Change> log = recording;
      if (log != null) {
        log.add(change);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Runs {@code task} on a searcher of the current generation, released in any case. */
  <T> T withSearcher(SearcherTask<T> task) {
    IndexGeneration generation;
    FacetedSearcher searcher;
    lock.readLock().lock();
    try {
      generation = current;
      searcher = (FacetedSearcher) generation.searchers.acquire();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      lock.readLock().unlock();
    }
    try {
      return task.run(searcher);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      try {
        generation.searchers.release(searcher);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Makes every change so far visible. */
  void refresh() throws IOException {
    lock.readLock().lock();
    try {
      current.refresh();
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Documents per type visible now. */
  Map<SearchType, Long> countByType() throws IOException {
    lock.readLock().lock();
    try {
      return current.countByType();
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Commits everything with the exact counts; changes wait meanwhile. */
  IndexStatus commit(boolean cleanShutdown) throws IOException {
    lock.writeLock().lock();
    try {
      return commit(current, cleanShutdown);
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** Commits {@code generation} (which nobody else may change meanwhile) with its counts. */
  IndexStatus commit(IndexGeneration generation, boolean cleanShutdown) throws IOException {
    generation.refresh();
    IndexStatus status =
        new IndexStatus(
            true,
            SearchIndex.SCHEMA_VERSION,
            generation.countByType(),
            cleanShutdown,
            configuration);
    generation.commit(status);
    return status;
  }

  /** From now on, changes are also recorded for {@link #swapTo}. */
  void startRecording() {
    lock.writeLock().lock();
    try {
      recording = new ConcurrentLinkedQueue<>();
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** Stops recording and forgets the changes (a failed rebuild). */
  void stopRecording() {
    recording = null;
  }

  /**
   * Replays the recorded changes into {@code next}, runs {@code publish} (which makes it current on
   * disk), and makes it current here, with changes held back meanwhile.
   *
   * @return the replaced generation, for the caller to close
   */
  IndexGeneration swapTo(IndexGeneration next, IoAction publish) throws IOException {
    lock.writeLock().lock();
    try {
      for (Change change : recording) {
        change.applyTo(next.writer);
      }
      recording = null;
      next.refresh();
      publish.run();
      IndexGeneration previous = current;
      current = next;
      return previous;
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** An action that may fail with an I/O error. */
  @FunctionalInterface
  interface IoAction {
    void run() throws IOException;
  }
}
