package org.livelihoodmatch.search;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.livelihoodmatch.client.ClientChanged;
import org.livelihoodmatch.training.TrainingIntakeChanged;
import org.livelihoodmatch.vacancy.VacancyChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings the index up to date after each committed change of a vacancy, intake or client: reads the
 * record as committed and upserts its document, or deletes it when the record no longer belongs in
 * the index (a vacancy closed, filled or rejected). Runs only after the commit, so a change that
 * was rolled back never reaches the index; the refresh thread makes it visible within a second. A
 * failure here is logged and repaired by the next rebuild, never undoes the commit.
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

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
  void vacancyChanged(VacancyChanged event) {
    update(SearchType.VACANCY, event.vacancyId(), documents::vacancy);
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
  void intakeChanged(TrainingIntakeChanged event) {
    update(SearchType.TRAINING, event.intakeId(), documents::intake);
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
  void clientChanged(ClientChanged event) {
    update(SearchType.CLIENT, event.clientId(), documents::client);
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
