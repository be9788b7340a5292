package org.livelihoodmatch.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.livelihoodmatch.livelihood.PathwayView;
import org.livelihoodmatch.system.ConflictException;
import org.livelihoodmatch.system.InvalidInputException;

/**
 * The placement's own rules, without a database: visits, alerts, overdue, a year's stay, ending.
 */
class PlacementTests {

  static final LocalDate START = LocalDate.of(2027, 2, 1);

  static Placement placement(String loanProduct, LocalDate trainingEnd) {
    return new Placement(
        UUID.randomUUID(),
        0,
        UUID.randomUUID(),
        UUID.randomUUID(),
        null,
        new PathwayView("JOB", null, null, null, null, null, null, 1, 0.5, List.of()),
        new Placement.Taken(
            UUID.randomUUID(),
            trainingEnd == null ? null : UUID.randomUUID(),
            trainingEnd,
            null,
            loanProduct,
            loanProduct == null ? null : new BigDecimal("200.00"),
            loanProduct == null ? null : new BigDecimal("18.50")),
        START,
        null,
        "officer",
        Instant.now());
  }

  static Visit visit(
      int month, LocalDate date, String income, Boolean repaid, Concern... concerns) {
    return new Visit(
        month,
        date,
        true,
        new BigDecimal(income),
        new BigDecimal("55.00"),
        new BigDecimal("40.00"),
        new BigDecimal("10.00"),
        new BigDecimal("10.00"),
        new BigDecimal("20.00"),
        repaid,
        List.of(concerns),
        null);
  }

  @Test
  void theActualBudgetCountsTheLoanInstalmentOwedAndRaisesItsAlerts() {
    Placement p = placement("KREDIT-FAMILY", null);
    // 190 - 115 living - 20 remittance - 18.50 owed = 36.50
    FollowUp paid =
        p.record(visit(1, START.plusMonths(1), "190.00", true), "o", START.plusYears(1));
    assertThat(paid.actualBudget().surplus()).isEqualByComparingTo("36.50");
    assertThat(paid.alerts()).isEmpty();
    FollowUp unpaid =
        p.record(
            visit(2, START.plusMonths(2), "140.00", false, Concern.DEBT), "o", START.plusYears(1));
    assertThat(unpaid.actualBudget().surplus()).isEqualByComparingTo("-13.50");
    assertThat(unpaid.alerts())
        .containsExactlyInAnyOrder(Alert.BELOW_THRESHOLD, Alert.LOAN_ARREARS, Alert.AT_RISK);
    assertThat(p.alerts()).isEqualTo(unpaid.alerts());
  }

  @Test
  void aMonthIsRecordedOnceNeverBeforeTheStartOrAheadOfToday() {
    Placement p = placement(null, null);
    LocalDate today = START.plusMonths(2);
    p.record(visit(3, today, "190.00", null), "o", today); // early is fine
    assertThatThrownBy(() -> p.record(visit(3, today, "190.00", null), "o", today))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> p.record(visit(1, START.minusDays(1), "190.00", null), "o", today))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> p.record(visit(1, today.plusDays(1), "190.00", null), "o", today))
        .isInstanceOf(InvalidInputException.class);
    assertThat(p.nextMonth()).isEqualTo(1);
    assertThat(p.overdue(today)).isTrue(); // month 1 was due a month ago
  }

  @Test
  void aYearsStayNeedsTheMonthTwelveVisitFindingHerThere() {
    Placement p = placement(null, null);
    LocalDate today = START.plusMonths(13);
    p.record(visit(11, START.plusMonths(11), "190.00", null), "o", today);
    assertThat(p.heldTwelveMonths()).isFalse();
    p.record(visit(12, START.plusMonths(12), "190.00", null), "o", today);
    assertThat(p.heldTwelveMonths()).isTrue();
    assertThat(p.nextMonth()).isEqualTo(1); // the earlier months were never visited
  }

  @Test
  void endingDuringTheCourseFreesTheSeatButNotAfterIt() {
    LocalDate courseEnds = START.plusWeeks(12);
    Placement p = placement(null, courseEnds);
    assertThat(p.status(START.plusWeeks(2))).isEqualTo(PlacementStatus.TRAINING);
    assertThat(p.status(courseEnds.plusDays(1))).isEqualTo(PlacementStatus.WORKING);
    assertThat(p.seatStillUsefulOn(START.plusWeeks(3))).isTrue();
    assertThat(p.seatStillUsefulOn(courseEnds.plusDays(5))).isFalse();
    p.end(START.plusWeeks(3), EndReason.TRAINING_DROPPED, null, START.plusWeeks(4));
    assertThat(p.status(START.plusWeeks(4))).isEqualTo(PlacementStatus.ENDED);
    assertThat(p.nextMonth()).isNull();
    assertThatThrownBy(() -> p.end(START.plusWeeks(3), EndReason.OTHER, null, START.plusWeeks(4)))
        .isInstanceOf(ConflictException.class);
  }
}
