package org.livelihoodmatch.placement;

import java.util.UUID;
import org.livelihoodmatch.livelihood.PathwayView;
import org.springframework.stereotype.Service;

/**
 * What other modules may ask of placements: place a client of an accepted plan on its pathway, in a
 * transaction of its own, as an officer's request would (the same lookup, capacities and rules).
 */
@Service
public class Placing {

  private final PlacementService service;

  Placing(PlacementService service) {
    this.service = service;
  }

  /** The outcome for one client of a plan. */
  public enum Outcome {
    PLACED,
    ALREADY_PLACED_BY_THIS_PLAN
  }

  /**
   * Places the client on the plan's pathway, starting when its training or job starts (today for a
   * business). Throws the same refusals an officer's request gets (gone, not hers, placed).
   */
  /** A visit as an officer reports it (API.md, follow-ups). */
  public record VisitReport(
      int month,
      java.time.LocalDate visitDate,
      boolean stillInPlacement,
      java.math.BigDecimal monthlyIncome,
      java.math.BigDecimal food,
      java.math.BigDecimal accommodation,
      java.math.BigDecimal transport,
      java.math.BigDecimal other,
      java.math.BigDecimal remittance,
      Boolean loanRepaid,
      java.util.List<Concern> concerns,
      String note) {}

  /** Places the client on one of her pathways from {@code startDate}; returns the placement id. */
  public UUID place(
      UUID clientId, PathwayView pathway, java.time.LocalDate startDate, String note) {
    return service.place(clientId, pathway, startDate, note, null).id;
  }

  /** Records a visit; returns the alerts it raised. */
  public java.util.List<Alert> recordVisit(UUID placementId, VisitReport r) {
    return service
        .recordVisit(
            placementId,
            new Visit(
                r.month(),
                r.visitDate(),
                r.stillInPlacement(),
                r.monthlyIncome(),
                r.food(),
                r.accommodation(),
                r.transport(),
                r.other(),
                r.remittance(),
                r.loanRepaid(),
                r.concerns(),
                r.note()))
        .alerts();
  }

  public void end(UUID placementId, java.time.LocalDate date, EndReason reason, String note) {
    service.end(placementId, date, reason, note);
  }

  public Outcome placeFromPlan(UUID planId, UUID clientId, PathwayView pathway) {
    try {
      service.place(clientId, pathway, null, null, planId);
      return Outcome.PLACED;
    } catch (PlacementService.AlreadyPlacedByPlan e) {
      return Outcome.ALREADY_PLACED_BY_THIS_PLAN;
    }
  }
}
