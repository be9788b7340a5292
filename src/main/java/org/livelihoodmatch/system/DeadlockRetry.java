package org.livelihoodmatch.system;

import java.util.function.Supplier;
import org.springframework.dao.PessimisticLockingFailureException;

/**
 * Runs a whole transaction again when PostgreSQL chose it as a deadlock's victim (or could not take
 * a lock): the transaction was rolled back entirely, so running it again is safe, and the person
 * who asked gets her answer instead of a 500. Call it outside the transactional proxy.
 */
public final class DeadlockRetry {

  /** How many times a transaction runs at most. */
  public static final int ATTEMPTS = 4;

  private DeadlockRetry() {}

  public static <T> T run(Supplier<T> transaction) {
    for (int attempt = 1; ; attempt++) {
      try {
        return transaction.get();
      } catch (PessimisticLockingFailureException e) {
        if (attempt >= ATTEMPTS) {
          throw e;
        }
        try {
          Thread.sleep(10L * attempt + (long) (Math.random() * 20));
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }
}
