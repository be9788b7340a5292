package org.livelihoodmatch.search;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Documents read on a thread of their own while the caller indexes them, so reading the database
 * and analysing text overlap instead of taking turns. Reading starts at the first {@link #hasNext}
 * (not before: a rebuild starts recording changes first), in batches through a bounded queue; a
 * failure on either side stops the other.
 */
final class PrefetchedDocuments implements Iterator<SearchDocument>, AutoCloseable {

  /** What reads the documents: gives each one to the consumer it is handed. */
  @FunctionalInterface
  interface Reader {
    void readAll(BooleanSupplier stopped, Consumer<SearchDocument> each);
  }

  private static final int BATCH = 500;
  private static final List<SearchDocument> END = List.of();

  private final Reader reader;
  private final BlockingQueue<List<SearchDocument>> batches = new ArrayBlockingQueue<>(16);
  private volatile boolean stopped;
  private volatile RuntimeException failure;
  private Thread thread;
  private Iterator<SearchDocument> current = List.<SearchDocument>of().iterator();
  private boolean ended;

  PrefetchedDocuments(Reader reader) {
    this.reader = reader;
  }

  @Override
  public boolean hasNext() {
    if (thread == null) {
      thread = new Thread(this::read, "search-index-reader");
      thread.setDaemon(true);
      thread.start();
    }
    while (!current.hasNext() && !ended) {
      List<SearchDocument> batch = take();
      if (batch == END) {
        ended = true;
        if (failure != null) {
          throw failure;
        }
      }
      current = batch.iterator();
    }
    return current.hasNext();
  }

  @Override
  public SearchDocument next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return current.next();
  }

  /** Stops the reading thread (if the caller gave up early) and waits for it. */
  @Override
  public void close() throws InterruptedException {
    stopped = true;
    batches.clear();
    if (thread != null) {
      thread.join(TimeUnit.SECONDS.toMillis(60));
    }
  }

  private void read() {
    List<SearchDocument> batch = new ArrayList<>(BATCH);
    try {
      reader.readAll(
          () -> stopped,
          document -> {
            batch.add(document);
            if (batch.size() == BATCH) {
              put(List.copyOf(batch));
              batch.clear();
            }
          });
      put(List.copyOf(batch));
    } catch (RuntimeException e) {
      failure = e;
    } finally {
      put(END);
    }
  }

  private void put(List<SearchDocument> batch) {
    try {
      while (!stopped && !batches.offer(batch, 100, TimeUnit.MILLISECONDS)) {
        // the indexing side is slower: wait for room
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stopped = true;
    }
  }

  private List<SearchDocument> take() {
    try {
      return batches.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading documents", e);
    }
  }
}
