package org.livelihoodmatch.placement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.livelihoodmatch.livelihood.Budget;
import org.livelihoodmatch.livelihood.LivelihoodBudget;
import org.livelihoodmatch.livelihood.PathwayView;
import org.livelihoodmatch.system.ConflictException;
import org.livelihoodmatch.system.InvalidInputException;

/**
 * A client placed on a pathway: what it took (a position, a seat, a market place, a loan), its
 * twelve monthly follow-ups from the start date (the ministry's rule), and its end. Its state
 * changes only through {@link #record}, {@link #end}; its status follows from the dates.
 */
final class Placement {

  static final int MONTHS_OF_FOLLOW_UP = 12;

  final UUID id;
  long version;
  final UUID organisationId;
  final UUID clientId;
  final UUID planId;
  final PathwayView pathway;
  final Taken taken;
  final LocalDate startDate;
  final String note;
  final String createdBy;
  final Instant createdAt;
  final TreeMap<Integer, FollowUp> followUps = new TreeMap<>();
  LocalDate endedOn;
  EndReason endReason;
  String endNote;

  /** What the placement holds of shared capacities, so ending it can give back what it must. */
  record Taken(
      UUID vacancyId,
      UUID intakeId,
      LocalDate trainingEndDate,
      String marketKey,
      String loanProduct,
      BigDecimal loanAmount,
      BigDecimal loanMonthlyRepayment) {

    static Taken of(PathwayView p) {
      return new Taken(
          p.vacancy() == null ? null : p.vacancy().id(),
          p.training() == null ? null : p.training().id(),
          p.training() == null ? null : p.training().endDate(),
          p.marketKey(),
          p.loan() == null ? null : p.loan().product(),
          p.loan() == null ? null : p.loan().amount(),
          p.loan() == null ? null : p.loan().monthlyRepayment());
    }
  }

  Placement(
      UUID id,
      long version,
      UUID organisationId,
      UUID clientId,
      UUID planId,
      PathwayView pathway,
      Taken taken,
      LocalDate startDate,
      String note,
      String createdBy,
      Instant createdAt) {
    this.id = id;
    this.version = version;
    this.organisationId = organisationId;
    this.clientId = clientId;
    this.planId = planId;
    this.pathway = pathway;
    this.taken = taken;
    this.startDate = startDate;
    this.note = note;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  PlacementStatus status(LocalDate today) {
    if (endedOn != null) {
      return PlacementStatus.ENDED;
    }
    return taken.trainingEndDate() != null && !today.isAfter(taken.trainingEndDate())
        ? PlacementStatus.TRAINING
        : PlacementStatus.WORKING;
  }

  LocalDate due(int month) {
    return startDate.plusMonths(month);
  }

  /** The first month not yet visited, or null when all twelve are recorded or it has ended. */
  Integer nextMonth() {
    if (endedOn != null) {
      return null;
    }
    for (int m = 1; m <= MONTHS_OF_FOLLOW_UP; m++) {
      if (!followUps.containsKey(m)) {
        return m;
      }
    }
    return null;
  }

  boolean overdue(LocalDate today) {
    Integer next = nextMonth();
    return next != null && due(next).isBefore(today);
  }

  /** The alerts of the latest visit: what the officer must act on now. */
  List<Alert> alerts() {
    return followUps.isEmpty() ? List.of() : followUps.lastEntry().getValue().alerts();
  }

  /** One visit: refused when the month is recorded, the visit before the start or in the future. */
  FollowUp record(Visit visit, String recordedBy, LocalDate today) {
    return record(visit, recordedBy, today, UUID.randomUUID());
  }

  /** The same, the visit stored under {@code id} (the one its phone made). */
  FollowUp record(Visit visit, String recordedBy, LocalDate today, UUID id) {
    if (endedOn != null) {
      throw new ConflictException("placement", "the placement has ended: no more visits");
    }
    if (followUps.containsKey(visit.month())) {
      throw new ConflictException("month", "month " + visit.month() + " is already recorded");
    }
    if (visit.visitDate().isBefore(startDate)) {
      throw new InvalidInputException(
          "visitDate", "is before the placement started (" + startDate + ")");
    }
    if (visit.visitDate().isAfter(today)) {
      throw new InvalidInputException("visitDate", "is in the future");
    }
    BigDecimal owed =
        taken.loanMonthlyRepayment() == null ? BigDecimal.ZERO : taken.loanMonthlyRepayment();
    Budget actual =
        LivelihoodBudget.actual(
            new LivelihoodBudget.Reported(
                visit.monthlyIncome(),
                visit.food(),
                visit.accommodation(),
                visit.transport(),
                visit.other(),
                visit.remittance(),
                owed));
    FollowUp followUp =
        new FollowUp(
            id,
            visit.month(),
            visit.visitDate(),
            visit.stillInPlacement(),
            actual.income(),
            actual.livingCosts().food(),
            actual.livingCosts().accommodation(),
            actual.livingCosts().transport(),
            actual.livingCosts().other(),
            actual.remittance(),
            taken.loanProduct() == null ? null : visit.loanRepaid(),
            List.copyOf(visit.concerns()),
            alertsOf(actual, visit),
            actual,
            visit.note(),
            recordedBy);
    followUps.put(visit.month(), followUp);
    return followUp;
  }

  private List<Alert> alertsOf(Budget actual, Visit visit) {
    Set<Alert> alerts = EnumSet.noneOf(Alert.class);
    if (!actual.meetsThreshold()) {
      alerts.add(Alert.BELOW_THRESHOLD);
    }
    if (!visit.stillInPlacement()) {
      alerts.add(Alert.LEFT_PLACEMENT);
    }
    if (!visit.concerns().isEmpty()) {
      alerts.add(Alert.AT_RISK);
    }
    if (taken.loanProduct() != null && Boolean.FALSE.equals(visit.loanRepaid())) {
      alerts.add(Alert.LOAN_ARREARS);
    }
    return new ArrayList<>(alerts);
  }

  /** Ends the placement; refused when it has ended, or the date is before the start or ahead. */
  void end(LocalDate date, EndReason reason, String endNote, LocalDate today) {
    if (endedOn != null) {
      throw new ConflictException("placement", "the placement has already ended");
    }
    if (date.isBefore(startDate)) {
      throw new InvalidInputException(
          "date", "is before the placement started (" + startDate + ")");
    }
    if (date.isAfter(today)) {
      throw new InvalidInputException("date", "is in the future");
    }
    this.endedOn = date;
    this.endReason = reason;
    this.endNote = endNote;
  }

  /** Whether ending on {@code date} leaves a training seat someone else can still use. */
  boolean seatStillUsefulOn(LocalDate date) {
    return taken.intakeId() != null && !date.isAfter(taken.trainingEndDate());
  }

  /**
   * Whether she stayed in this placement a whole year: the month-12 visit is recorded and found her
   * still there, and it did not end before twelve months.
   */
  boolean heldTwelveMonths() {
    FollowUp last = followUps.get(MONTHS_OF_FOLLOW_UP);
    return last != null
        && last.stillInPlacement()
        && (endedOn == null || !endedOn.isBefore(due(MONTHS_OF_FOLLOW_UP)));
  }
}
