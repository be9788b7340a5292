package org.livelihoodmatch.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DeadlockLoserDataAccessException;

class DeadlockRetryTests {

  @Test
  void aDeadlockVictimRunsAgainAndAnswers() {
    AtomicInteger runs = new AtomicInteger();
    String answer =
        DeadlockRetry.run(
            () -> {
              if (runs.incrementAndGet() < 3) {
                throw new DeadlockLoserDataAccessException("deadlock detected", null);
              }
              return "ended";
            });
    assertThat(answer).isEqualTo("ended");
    assertThat(runs).hasValue(3);
  }

  @Test
  void itGivesUpAfterItsAttemptsAndOtherFailuresAreNotRetried() {
    AtomicInteger runs = new AtomicInteger();
    assertThatThrownBy(
            () ->
                DeadlockRetry.run(
                    () -> {
                      runs.incrementAndGet();
                      throw new DeadlockLoserDataAccessException("deadlock detected", null);
                    }))
        .isInstanceOf(DeadlockLoserDataAccessException.class);
    assertThat(runs).hasValue(DeadlockRetry.ATTEMPTS);

    AtomicInteger once = new AtomicInteger();
    assertThatThrownBy(
            () ->
                DeadlockRetry.run(
                    () -> {
                      once.incrementAndGet();
                      throw new IllegalStateException("not a lock");
                    }))
        .isInstanceOf(IllegalStateException.class);
    assertThat(once).hasValue(1);
  }
}
