package org.livelihoodmatch.placement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.livelihoodmatch.livelihood.Budget;
import org.livelihoodmatch.livelihood.PathwayView;

/** A placement as the API shows it (API.md, "Placements"). */
record PlacementView(
    UUID id,
    UUID clientId,
    PlacementStatus status,
    PathwayView pathway,
    LocalDate startDate,
    String note,
    UUID planId,
    List<FollowUpLine> followUps,
    Caseload.NextFollowUp nextFollowUp,
    boolean overdue,
    List<Alert> alerts,
    LocalDate endDate,
    EndReason endReason,
    String endNote,
    long version) {

  /** One of the twelve monthly visits: due, and what was found when it was done. */
  record FollowUpLine(
      int month,
      LocalDate due,
      boolean done,
      boolean overdue,
      LocalDate visitDate,
      Boolean stillInPlacement,
      Budget actualBudget,
      List<Concern> concerns,
      List<Alert> alerts,
      String note) {}

  static PlacementView of(Placement p, LocalDate today) {
    List<FollowUpLine> lines = new ArrayList<>();
    for (int month = 1; month <= Placement.MONTHS_OF_FOLLOW_UP; month++) {
      FollowUp f = p.followUps.get(month);
      LocalDate due = p.due(month);
      lines.add(
          f == null
              ? new FollowUpLine(
                  month,
                  due,
                  false,
                  p.endedOn == null && due.isBefore(today),
                  null,
                  null,
                  null,
                  List.of(),
                  List.of(),
                  null)
              : new FollowUpLine(
                  month,
                  due,
                  true,
                  false,
                  f.visitDate(),
                  f.stillInPlacement(),
                  f.actualBudget(),
                  f.concerns(),
                  f.alerts(),
                  f.note()));
    }
    Integer next = p.nextMonth();
    return new PlacementView(
        p.id,
        p.clientId,
        p.status(today),
        p.pathway,
        p.startDate,
        p.note,
        p.planId,
        lines,
        next == null ? null : new Caseload.NextFollowUp(next, p.due(next)),
        p.overdue(today),
        p.alerts(),
        p.endedOn,
        p.endReason,
        p.endNote,
        p.version);
  }

  /** The answer to a recorded visit. */
  record Recorded(UUID id, int month, Budget actualBudget, List<Alert> alerts) {
    static Recorded of(FollowUp f) {
      return new Recorded(f.id(), f.month(), f.actualBudget(), f.alerts());
    }
  }
}
