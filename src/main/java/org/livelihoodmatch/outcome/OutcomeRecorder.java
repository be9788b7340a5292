package org.livelihoodmatch.outcome;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * How the placement module tells outcomes what happened, in its own transaction: a placement made,
 * a visit recorded, a placement ended, a client moved to another organisation. Once the transaction
 * commits, the estimates are made again before the next match reads them.
 */
@Component
public class OutcomeRecorder {

  private final OutcomeStore store;
  private final OutcomeKnowledge knowledge;

  OutcomeRecorder(OutcomeStore store, OutcomeKnowledge knowledge) {
    this.store = store;
    this.knowledge = knowledge;
  }

  public void placed(PlacedFacts facts) {
    store.insertPlacement(facts);
    changed();
  }

  /** A follow-up visit: whether she was still there, what she earned, her actual surplus. */
  public void visited(
      UUID placementId,
      int month,
      LocalDate visitDate,
      boolean stillInPlacement,
      BigDecimal monthlyIncome,
      BigDecimal surplus) {
    store.insertVisit(placementId, month, visitDate, stillInPlacement, monthlyIncome, surplus);
    changed();
  }

  public void ended(UUID placementId, LocalDate endedOn, String reason) {
    store.end(placementId, endedOn, reason);
    changed();
  }

  /** Her placements count for the organisation she now belongs to. */
  public void transferred(UUID clientId, UUID organisationId) {
    store.transfer(clientId, organisationId);
  }

  private void changed() {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              knowledge.invalidate();
            }
          });
    } else {
      knowledge.invalidate();
    }
  }
}
