package org.livelihoodmatch.search;

import java.util.function.BooleanSupplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds the whole index from the database: every document from one consistent snapshot (a
 * read-only, repeatable-read transaction), read on one thread while the index is written on
 * another. Searches keep answering from the old index until the new one is complete.
 */
@Component
public class FullRebuild {

  private final SearchIndex index;
  private final DocumentSource documents;
  private final TransactionTemplate snapshot;

  FullRebuild(
      SearchIndex index, DocumentSource documents, PlatformTransactionManager transactions) {
    this.index = index;
    this.documents = documents;
    this.snapshot = new TransactionTemplate(transactions);
    snapshot.setReadOnly(true);
    snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    snapshot.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Rebuilds now, on the calling thread; stops early (keeping the old index) once cancelled. */
  public IndexStatus run(BooleanSupplier cancelled) {
    return run(cancelled, () -> {});
  }

  /** The same, telling {@code indexed} of each document as it goes into the new index. */
  public IndexStatus run(BooleanSupplier cancelled, Runnable indexed) {
    PrefetchedDocuments.Reader reader =
        (stopped, each) ->
            snapshot.executeWithoutResult(
                tx ->
                    documents.readAll(
                        () -> stopped.getAsBoolean() || cancelled.getAsBoolean(),
                        all -> {
                          all.forEachRemaining(each);
                          return null;
                        }));
    PrefetchedDocuments prefetched = new PrefetchedDocuments(reader);
    try {
      return index.rebuild(
          new java.util.Iterator<SearchDocument>() {
            @Override
            public boolean hasNext() {
              return prefetched.hasNext();
            }

            @Override
            public SearchDocument next() {
              SearchDocument next = prefetched.next();
              indexed.run();
              return next;
            }
          });
    } finally {
      try {
        prefetched.close();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
