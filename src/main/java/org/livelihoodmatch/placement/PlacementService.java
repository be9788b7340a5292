package org.livelihoodmatch.placement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.livelihoodmatch.catalogue.CatalogueCapacities;
import org.livelihoodmatch.client.ClientLifecycle;
import org.livelihoodmatch.livelihood.Pathway;
import org.livelihoodmatch.livelihood.PathwayView;
import org.livelihoodmatch.organisation.AuditTrail;
import org.livelihoodmatch.organisation.CurrentStaff;
import org.livelihoodmatch.organisation.Staff;
import org.livelihoodmatch.outcome.OutcomeRecorder;
import org.livelihoodmatch.outcome.PlacedFacts;
import org.livelihoodmatch.system.CapacityGone;
import org.livelihoodmatch.system.ConflictException;
import org.livelihoodmatch.system.InvalidInputException;
import org.livelihoodmatch.system.NotFoundException;
import org.livelihoodmatch.training.IntakeSeats;
import org.livelihoodmatch.vacancy.VacancyPositions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Places a client and ends placements, each in one transaction that takes (or gives back) what the
 * pathway uses. Locks are always taken in one order (client, placement, vacancy, intake, market,
 * loan fund) so concurrent requests wait for each other and never deadlock.
 */
@Service
class PlacementService {

  private final ClientLifecycle clients;
  private final PathwayLookup lookup;
  private final VacancyPositions positions;
  private final IntakeSeats seats;
  private final CatalogueCapacities capacities;
  private final Placements placements;
  private final AuditTrail audit;
  private final OutcomeRecorder outcomes;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  PlacementService(
      ClientLifecycle clients,
      PathwayLookup lookup,
      VacancyPositions positions,
      IntakeSeats seats,
      CatalogueCapacities capacities,
      Placements placements,
      AuditTrail audit,
      OutcomeRecorder outcomes,
      ApplicationEventPublisher events,
      Clock clock) {
    this.clients = clients;
    this.lookup = lookup;
    this.positions = positions;
    this.seats = seats;
    this.capacities = capacities;
    this.placements = placements;
    this.audit = audit;
    this.outcomes = outcomes;
    this.events = events;
    this.clock = clock;
  }

  /** Thrown when the plan being accepted has placed this client already. */
  static final class AlreadyPlacedByPlan extends ConflictException {
    AlreadyPlacedByPlan() {
      super("client", "already placed by this plan");
    }
  }

  @Transactional
  Placement place(
      UUID clientId, PathwayView posted, LocalDate startDate, String note, UUID planId) {
    LocalDate today = LocalDate.now(clock);
    if (planId != null && placements.placedByPlan(planId, clientId)) {
      throw new AlreadyPlacedByPlan();
    }
    // Marked PLACED first (her row locked, her status's rules applied): a refusal below rolls it
    // back with the rest of the transaction.
    ClientLifecycle.LockedClient client = clients.place(clientId);
    Pathway pathway = lookup.find(client.profile(), posted, today);
    LocalDate start = startDate != null ? startDate : defaultStart(pathway, today);
    if (start.isBefore(today.minusYears(2))) {
      throw new InvalidInputException("startDate", "is more than two years back");
    }
    if (start.isAfter(today.plusYears(2))) {
      throw new InvalidInputException("startDate", "is more than two years ahead");
    }
    take(pathway);
    Staff staff = CurrentStaff.get();
    PathwayView view = PathwayView.of(pathway);
    Placement placement =
        new Placement(
            UUID.randomUUID(),
            0,
            staff.organisationId(),
            clientId,
            planId,
            view,
            Placement.Taken.of(view),
            start,
            PlacementRequests.text(note),
            staff.username(),
            Instant.now(clock));
    placements.insert(placement, client.code());
    audit.record("PLACE", "PLACEMENT", placement.id, view.kind());
    outcomes.placed(
        PlacedFacts.of(
            placement.id,
            clientId,
            staff.organisationId(),
            pathway,
            client.profile().sex(),
            client.profile().birthDate(),
            start));
    events.publishEvent(
        new ClientPlaced(placement.id, clientId, staff.organisationId(), view.kind(), start));
    return placement;
  }

  /** What the pathway uses, taken in the one lock order; what is gone is a 409 naming it. */
  private void take(Pathway p) {
    if (p.job() != null) {
      positions.take(p.job().id());
    }
    if (p.training() != null) {
      seats.take(p.training().id());
    }
    if (p.marketKey() != null && !capacities.takeMarketPlace(p.marketKey())) {
      throw new CapacityGone(
          "selfEmployment", "the market has no room left for one more such business");
    }
    if (p.loan() != null && !capacities.lend(p.loan().productCode(), p.loan().amount())) {
      throw new CapacityGone("loan", "the loan fund cannot lend this amount any more");
    }
  }

  private static LocalDate defaultStart(Pathway p, LocalDate today) {
    if (p.training() != null) {
      return p.training().startDate();
    }
    if (p.job() != null && p.job().startDate().isAfter(today)) {
      return p.job().startDate();
    }
    return today;
  }

  @Transactional
  Placement end(UUID placementId, LocalDate date, EndReason reason, String note) {
    UUID organisation = CurrentStaff.get().organisationId();
    Placement known =
        placements
            .find(placementId, organisation)
            .orElseThrow(() -> new NotFoundException("placement", placementId));
    clients.lock(known.clientId); // the client first: the one lock order
    Placement placement =
        placements
            .lock(placementId, organisation)
            .orElseThrow(() -> new NotFoundException("placement", placementId));
    placement.end(date, reason, PlacementRequests.text(note), LocalDate.now(clock));
    finish(placement);
    clients.endPlacement(placement.clientId);
    return placement;
  }

  /** Stores an ended placement and gives back what it no longer uses; the loan stays lent. */
  void finish(Placement placement) {
    placements.saveEnd(placement);
    Placement.Taken taken = placement.taken;
    if (taken.vacancyId() != null) {
      positions.release(taken.vacancyId());
    }
    if (placement.seatStillUsefulOn(placement.endedOn)) {
      seats.release(taken.intakeId());
    }
    if (taken.marketKey() != null) {
      capacities.releaseMarketPlace(taken.marketKey());
    }
    audit.record("END", "PLACEMENT", placement.id, placement.endReason.name());
    outcomes.ended(placement.id, placement.endedOn, placement.endReason.name());
    events.publishEvent(
        new PlacementEnded(
            placement.id,
            placement.clientId,
            placement.organisationId,
            placement.endReason,
            placement.endedOn));
  }

  @Transactional
  FollowUp recordVisit(UUID placementId, Visit visit) {
    return recordVisit(placementId, visit, null);
  }

  /**
   * Records a visit under the id its phone made ({@code null}: the service makes one). The same
   * visit sent again (the phone's queue retrying after a lost answer) finds the one stored, changes
   * nothing and answers it; the id of another visit is a {@code 409} naming {@code id}.
   */
  @Transactional
  FollowUp recordVisit(UUID placementId, Visit visit, UUID clientVisitId) {
    Staff staff = CurrentStaff.get();
    Placement placement =
        placements
            .lock(placementId, staff.organisationId())
            .orElseThrow(() -> new NotFoundException("placement", placementId));
    if (clientVisitId != null) {
      Optional<FollowUp> stored = placements.sentBefore(placement, clientVisitId, visit.month());
      if (stored.isPresent()) {
        return stored.get();
      }
    }
    FollowUp followUp =
        placement.record(
            visit,
            staff.username(),
            LocalDate.now(clock),
            clientVisitId == null ? UUID.randomUUID() : clientVisitId);
    placements.addFollowUp(placement, followUp, clientVisitId);
    outcomes.visited(
        placement.id,
        followUp.month(),
        followUp.visitDate(),
        followUp.stillInPlacement(),
        followUp.monthlyIncome(),
        followUp.actualBudget().surplus());
    audit.record(
        "FOLLOW_UP",
        "CLIENT",
        placement.clientId,
        "placement " + placement.id + " month " + visit.month());
    return followUp;
  }
}
