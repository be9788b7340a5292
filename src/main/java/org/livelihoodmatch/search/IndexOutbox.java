package org.livelihoodmatch.search;

import java.util.UUID;
import org.livelihoodmatch.client.ClientChanged;
import org.livelihoodmatch.client.ClientsChanged;
import org.livelihoodmatch.training.TrainingIntakeChanged;
import org.livelihoodmatch.vacancy.VacancyChanged;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Writes each change of a vacancy, intake or client to the {@code index_change} outbox in the
 * transaction of the change itself, so that it is there exactly when the change is committed. Every
 * instance of the service tails the outbox ({@link IndexFeed}) and keeps its own index in step.
 */
@Component
class IndexOutbox {

  /** This process among the instances sharing the database. */
  static final String INSTANCE = UUID.randomUUID().toString();

  private final JdbcTemplate jdbc;

  IndexOutbox(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void vacancyChanged(VacancyChanged event) {
    write(SearchType.VACANCY, event.vacancyId());
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void intakeChanged(TrainingIntakeChanged event) {
    write(SearchType.TRAINING, event.intakeId());
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void clientChanged(ClientChanged event) {
    write(SearchType.CLIENT, event.clientId());
  }

  /** Many clients at once (an import): one statement, taken in by the feed as one batch. */
  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void clientsChanged(ClientsChanged event) {
    jdbc.update(
        "insert into index_change (type, entity_id, instance)"
            + " select ?, unnest(cast(? as uuid[])), ?",
        SearchType.CLIENT.name(),
        event.clientIds().stream().map(UUID::toString).toArray(String[]::new),
        INSTANCE);
  }

  private void write(SearchType type, UUID id) {
    jdbc.update(
        "insert into index_change (type, entity_id, instance) values (?, ?, ?)",
        type.name(),
        id,
        INSTANCE);
  }
}
