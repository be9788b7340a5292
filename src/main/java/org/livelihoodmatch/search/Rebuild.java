package org.livelihoodmatch.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.util.Iterator;
import java.util.concurrent.Semaphore;
import java.util.function.BooleanSupplier;
import org.apache.lucene.analysis.Analyzer;

/**
 * Rebuilds the whole index into a new generation beside the one in use: bulk-indexes every document
 * with a large RAM buffer and no intermediate commit, commits once, replays the changes made
 * meanwhile, points {@code current} at it and drops the old generation. Searches keep being
 * answered from the old generation until the swap. Only one rebuild runs at a time.
 */
final class Rebuild {

  private static final System.Logger LOG = System.getLogger(Rebuild.class.getName());

  private final LiveIndex live;
  private final IndexLocation location;
  private final Analyzer analyzer;
  private final DocumentMapper mapper;
  private final BooleanSupplier closing;
  private final Semaphore running = new Semaphore(1); // not reentrant, unlike a lock

  Rebuild(
      LiveIndex live,
      IndexLocation location,
      Analyzer analyzer,
      DocumentMapper mapper,
      BooleanSupplier closing) {
    this.live = live;
    this.location = location;
    this.analyzer = analyzer;
    this.mapper = mapper;
    this.closing = closing;
  }

  IndexStatus run(Iterator<SearchDocument> documents) {
    if (!running.tryAcquire()) {
      throw new IllegalStateException("a rebuild of the search index is already running");
    }
    IndexGeneration next = null;
    try {
      live.startRecording();
      next = IndexGeneration.open(location.newGeneration(), analyzer, SearchIndex.BULK_RAM_MB);
      while (documents.hasNext()) {
        if (closing.getAsBoolean()) {
          throw new IllegalStateException("the search index was closed during the rebuild");
        }
        SearchDocument document = documents.next();
        next.writer.updateDocument(
            SearchFields.key(document.type(), document.id()), mapper.toLucene(document));
      }
      IndexStatus status = live.commit(next, false);
      next.writer.getConfig().setRAMBufferSizeMB(SearchIndex.LIVE_RAM_MB);
      IndexGeneration built = next;
      IndexGeneration previous = live.swapTo(built, () -> location.makeCurrent(built.path));
      next = null;
      drop(previous);
      return status;
    } catch (IOException e) {
      throw new UncheckedIOException("rebuild of the search index failed", e);
    } finally {
      if (next != null) {
        live.stopRecording();
        drop(next);
      }
      running.release();
    }
  }

  /** Waits until no rebuild runs (one that sees the index closing stops early). */
  void awaitIdle() {
    running.acquireUninterruptibly();
    running.release();
  }

  /**
   * Closes a generation and deletes its files. Searches still holding its readers finish normally
   * where open files survive deletion (Linux, macOS); where they do not, the directory is left and
   * deleted at the next start.
   */
  private static void drop(IndexGeneration generation) {
    try {
      generation.close();
      IndexLocation.deleteRecursively(generation.path);
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "could not remove old search index " + generation.path, e);
    }
  }
}
