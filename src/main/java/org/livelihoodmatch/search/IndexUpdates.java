package org.livelihoodmatch.search;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings the index up to date for a committed change of a vacancy, intake or client, as {@link
 * IndexFeed} reads it from the outbox: reads the record as committed and upserts its document, or
 * deletes it when the record no longer belongs in the index (a vacancy closed, filled or rejected,
 * a case closed). Only committed changes are in the outbox, so a change that was rolled back never
 * reaches the index; the feed and the refresh thread make it visible within a second, off the
 * request's path. A failure here is logged and repaired by the next rebuild.
 */
@Component
class IndexUpdates {

  private static final Logger log = LoggerFactory.getLogger(IndexUpdates.class);

  private final SearchIndex index;
  private final DocumentSource documents;
  private final TransactionTemplate committed;

  IndexUpdates(
      SearchIndex index, DocumentSource documents, PlatformTransactionManager transactions) {
    this.index = index;
    this.documents = documents;
    this.committed = new TransactionTemplate(transactions);
    committed.setReadOnly(true);
    committed.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Brings one record's document up to date. */
  void apply(SearchType type, UUID id) {
    switch (type) {
      case VACANCY -> update(type, id, documents::vacancy);
      case TRAINING -> update(type, id, documents::intake);
      case CLIENT -> update(type, id, documents::client);
      default -> {}
    }
  }

  /** Brings the documents of several records of one type up to date: clients in one batch. */
  void applyAll(SearchType type, List<UUID> ids) {
    if (type != SearchType.CLIENT || ids.size() == 1) {
      ids.forEach(id -> apply(type, id));
      return;
    }
    try {
      List<SearchDocument> current = committed.execute(tx -> documents.clients(ids));
      index.upsert(current);
      java.util.Set<String> present =
          current.stream().map(SearchDocument::id).collect(java.util.stream.Collectors.toSet());
      ids.stream()
          .map(UUID::toString)
          .filter(id -> !present.contains(id))
          .forEach(id -> index.delete(type, id));
    } catch (RuntimeException e) {
      log.warn(
          "Search index not updated for {} clients; the next rebuild repairs it", ids.size(), e);
    }
  }

  private void update(SearchType type, UUID id, Function<UUID, Optional<SearchDocument>> document) {
    try {
      Optional<SearchDocument> current = committed.execute(tx -> document.apply(id));
      if (current != null && current.isPresent()) {
        index.upsert(List.of(current.get()));
      } else {
        index.delete(type, id.toString());
      }
    } catch (RuntimeException e) {
      log.warn("Search index not updated for {} {}; the next rebuild repairs it", type, id, e);
    }
  }
}
