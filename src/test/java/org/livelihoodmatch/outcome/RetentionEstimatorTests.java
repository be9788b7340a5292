package org.livelihoodmatch.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.livelihoodmatch.livelihood.IncomeEstimate;
import org.livelihoodmatch.livelihood.OutcomeEvidence;
import org.livelihoodmatch.livelihood.Retention;
import org.livelihoodmatch.livelihood.RetentionKey;
import org.livelihoodmatch.livelihood.RetentionKey.Unit;

/** Kaplan-Meier with censoring, partial pooling toward the wider groups, observed incomes. */
class RetentionEstimatorTests {

  static final LocalDate TODAY = LocalDate.of(2027, 6, 1);
  static final RetentionKey A = new RetentionKey(Unit.EMPLOYER, "a", "sewing", "12");
  static final RetentionKey B = new RetentionKey(Unit.EMPLOYER, "b", "sewing", "12");

  static RetentionEstimator.History held(RetentionKey key) {
    return new RetentionEstimator.History(key, TODAY.minusMonths(9), null, 0);
  }

  static RetentionEstimator.History endedInMonth(RetentionKey key, int month) {
    LocalDate start = TODAY.minusMonths(9);
    return new RetentionEstimator.History(key, start, start.plusMonths(month - 1).plusDays(3), 0);
  }

  static RetentionEstimator.History running(RetentionKey key, int monthsOld) {
    return new RetentionEstimator.History(key, TODAY.minusMonths(monthsOld), null, 0);
  }

  @Test
  void kaplanMeierCountsYoungPlacementsForTheMonthsTheyLastedNotAsFailures() {
    RetentionEstimator.Tally t = new RetentionEstimator.Tally();
    // 4 placements: one ended in month 2, one held, two still running at 3 months
    t.add(endedInMonth(A, 2), TODAY);
    t.add(held(A), TODAY);
    t.add(running(A, 3), TODAY);
    t.add(running(A, 3), TODAY);
    // month 2: 4 at risk, 1 ended -> 3/4; months 4-6: only the held one at risk, none ended
    assertThat(t.kaplanMeier()).isCloseTo(0.75, within(1e-9));
    assertThat(t.held).isEqualTo(1);
    assertThat(t.ended).isEqualTo(1);
    assertThat(t.censored).isEqualTo(2);
    // censored ones count half each (3 of 6 months)
    assertThat(t.effective()).isCloseTo(3.0, within(1e-9));
    // the naive rate (held / all) would say 1 in 4
  }

  @Test
  void aVisitAtMonthSixStillInPlacementCountsAsHeldEvenWhenYounger() {
    RetentionEstimator.Tally t = new RetentionEstimator.Tally();
    t.add(new RetentionEstimator.History(A, TODAY.minusMonths(5).minusDays(20), null, 6), TODAY);
    assertThat(t.held).isEqualTo(1);
  }

  @Test
  void fewPlacementsAreDrawnTowardTheWiderRateAndManyStandOnTheirOwn() {
    List<RetentionEstimator.History> histories = new ArrayList<>();
    histories.add(endedInMonth(A, 1)); // one failure at A
    for (int i = 0; i < 40; i++) {
      histories.add(i % 5 == 0 ? endedInMonth(B, 3) : held(B)); // B holds 80%
    }
    var table = RetentionEstimator.estimate(histories, TODAY);
    Retention a = table.lookup(A);
    Retention b = table.lookup(B);
    assertThat(a.basedOn()).isEqualTo(1);
    assertThat(a.endedSooner()).isEqualTo(1);
    // one failure does not make a certainty of failure: pulled far toward the ~0.78 around it
    assertThat(a.probability()).isGreaterThan(0.4).isLessThan(b.probability());
    assertThat(b.probability()).isCloseTo(0.8, within(0.05));
    assertThat(b.held()).isEqualTo(32);
  }

  @Test
  void anUnknownEmployerGetsItsOccupationsRateInTheProvinceRestingOnNone() {
    List<RetentionEstimator.History> histories = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      histories.add(i < 3 ? endedInMonth(A, 1) : held(A));
    }
    var table = RetentionEstimator.estimate(histories, TODAY);
    Retention unknown = table.lookup(new RetentionKey(Unit.EMPLOYER, "new", "sewing", "12"));
    assertThat(unknown.basedOn()).isZero();
    assertThat(unknown.speaksOfUnit()).isFalse();
    assertThat(unknown.probability()).isBetween(0.6, 0.72);
    Retention nothingKnown = table.lookup(new RetentionKey(Unit.MARKET, "20:cook", "cook", "20"));
    // no occupation data: everyone's rate, which the field studies' one in two tempers
    assertThat(nothingKnown.probability())
        .isCloseTo((0.7 * 10 + 2 * OutcomeEvidence.PRIOR_RETENTION) / 12, within(1e-9));
  }

  @Test
  void thePriorsStrengthFollowsHowMuchGroupsDifferBeyondChance() {
    List<RetentionEstimator.Tally> alike = new ArrayList<>();
    List<RetentionEstimator.Tally> apart = new ArrayList<>();
    for (int g = 0; g < 6; g++) {
      RetentionEstimator.Tally same = new RetentionEstimator.Tally();
      RetentionEstimator.Tally different = new RetentionEstimator.Tally();
      for (int i = 0; i < 20; i++) {
        same.add(i < 10 ? held(A) : endedInMonth(A, 2), TODAY);
        different.add(i < (g % 2 == 0 ? 19 : 1) ? held(A) : endedInMonth(A, 2), TODAY);
      }
      alike.add(same);
      apart.add(different);
    }
    assertThat(RetentionEstimator.kappa(alike)).isEqualTo(RetentionEstimator.MAX_KAPPA);
    assertThat(RetentionEstimator.kappa(apart)).isLessThan(2.0);
    assertThat(RetentionEstimator.kappa(alike.subList(0, 2)))
        .isEqualTo(RetentionEstimator.DEFAULT_KAPPA);
  }

  @Test
  void reportedIncomesMoveTheCatalogueFigureByHowManyReportedThem() {
    var none = IncomeEstimator.estimate(List.of());
    assertThat(none.estimate("12", "tailor", new BigDecimal("120.00")))
        .isEqualTo(IncomeEstimate.catalogue(new BigDecimal("120.00")));
    var three =
        IncomeEstimator.estimate(
            List.of(
                new IncomeEstimator.Report("12", "tailor", new BigDecimal("60.00")),
                new IncomeEstimator.Report("12", "tailor", new BigDecimal("60.00")),
                new IncomeEstimator.Report("12", "tailor", new BigDecimal("60.00"))));
    // (3 * 60 + 3 * 120) / 6 = 90: a market that disappoints is offered less
    IncomeEstimate estimate = three.estimate("12", "tailor", new BigDecimal("120.00"));
    assertThat(estimate.monthlyIncome()).isEqualByComparingTo("90.00");
    assertThat(estimate.source()).isEqualTo(IncomeEstimate.Source.OBSERVED);
    assertThat(estimate.basedOn()).isEqualTo(3);
    assertThat(three.estimate("20", "tailor", new BigDecimal("100.00")).source())
        .isEqualTo(IncomeEstimate.Source.CATALOGUE);
  }
}
