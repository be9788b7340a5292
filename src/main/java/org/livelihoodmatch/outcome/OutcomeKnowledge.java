package org.livelihoodmatch.outcome;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.livelihoodmatch.livelihood.IncomeEstimate;
import org.livelihoodmatch.livelihood.OutcomeEvidence;
import org.livelihoodmatch.livelihood.Retention;
import org.livelihoodmatch.livelihood.RetentionKey;
import org.springframework.stereotype.Component;

/**
 * The current estimates, for matches, plans and placements. They are made once from all recorded
 * outcomes and kept; a change recorded on this instance makes them again before the next read, and
 * every {@link #MAX_AGE} they are made again anyway, for changes recorded by another instance on
 * the same database. A read costs a map lookup per pathway.
 */
@Component
public class OutcomeKnowledge {

  static final Duration MAX_AGE = Duration.ofSeconds(30);

  private final OutcomeStore store;
  private final Clock clock;
  private volatile Estimates current;
  private volatile boolean stale = true;

  OutcomeKnowledge(OutcomeStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /** The estimates as of now. */
  public OutcomeEvidence evidence() {
    Estimates estimates = current;
    if (stale || estimates == null || estimates.madeAt.plus(MAX_AGE).isBefore(clock.instant())) {
      estimates = remake();
    }
    return estimates;
  }

  void invalidate() {
    stale = true;
  }

  private synchronized Estimates remake() {
    Estimates estimates = current;
    Instant now = clock.instant();
    if (!stale && estimates != null && !estimates.madeAt.plus(MAX_AGE).isBefore(now)) {
      return estimates;
    }
    stale = false;
    LocalDate today = LocalDate.now(clock);
    estimates =
        new Estimates(
            RetentionEstimator.estimate(store.histories(), today),
            IncomeEstimator.estimate(store.businessIncomes()),
            now);
    current = estimates;
    return estimates;
  }

  /** One set of estimates, immutable once made. */
  record Estimates(
      RetentionEstimator.RetentionTable retention,
      IncomeEstimator.IncomeTable incomes,
      Instant madeAt)
      implements OutcomeEvidence {

    @Override
    public Retention retention(RetentionKey key) {
      return retention.lookup(key);
    }

    @Override
    public IncomeEstimate income(String province, String occupation, BigDecimal catalogueIncome) {
      return incomes.estimate(province, occupation, catalogueIncome);
    }
  }
}
