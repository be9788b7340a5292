package org.livelihoodmatch.livelihood;

import java.math.BigDecimal;

/**
 * What recorded placements teach the pathway generator: how likely a placement like a pathway is to
 * hold six months, and what small businesses really earn. The outcome module estimates both from
 * follow-ups; {@link #NONE} knows nothing yet.
 */
public interface OutcomeEvidence {

  /**
   * The rate used when nothing is recorded: the field studies find that about half of
   * reintegrations fail (DOMAIN.md), so one in two.
   */
  double PRIOR_RETENTION = 0.5;

  Retention retention(RetentionKey key);

  IncomeEstimate income(String province, String occupation, BigDecimal catalogueIncome);

  /** Evidence of a service with no recorded outcome. */
  OutcomeEvidence NONE =
      new OutcomeEvidence() {
        @Override
        public Retention retention(RetentionKey key) {
          return new Retention(Retention.MONTHS, PRIOR_RETENTION, 0, 0, 0, 0, key.unit());
        }

        @Override
        public IncomeEstimate income(
            String province, String occupation, BigDecimal catalogueIncome) {
          return IncomeEstimate.catalogue(catalogueIncome);
        }
      };
}
