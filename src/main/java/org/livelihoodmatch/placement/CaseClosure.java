package org.livelihoodmatch.placement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.livelihoodmatch.client.ClientLifecycle;
import org.livelihoodmatch.client.ClientStatus;
import org.livelihoodmatch.client.ClientStatusConflict;
import org.livelihoodmatch.client.ClosureReason;
import org.livelihoodmatch.organisation.CurrentStaff;
import org.livelihoodmatch.system.ConflictException;
import org.livelihoodmatch.system.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closes a client's case for one of the ministry's four reasons, as decided at the provincial
 * coordination meeting. "Stayed beyond one year" needs a placement she held for twelve months with
 * its month-12 visit recorded; for the other reasons a running placement ends on the meeting's date
 * and gives back its position, seat or market place.
 */
@Service
class CaseClosure {

  private final ClientLifecycle clients;
  private final Placements placements;
  private final PlacementService service;
  private final Clock clock;

  CaseClosure(
      ClientLifecycle clients, Placements placements, PlacementService service, Clock clock) {
    this.clients = clients;
    this.placements = placements;
    this.service = service;
    this.clock = clock;
  }

  @Transactional
  void close(UUID clientId, ClosureReason reason, LocalDate meetingDate, String note) {
    LocalDate today = LocalDate.now(clock);
    if (meetingDate.isAfter(today)) {
      throw new InvalidInputException("meetingDate", "is in the future");
    }
    ClientLifecycle.LockedClient client = clients.lock(clientId);
    if (client.status() == ClientStatus.CLOSED) {
      throw new ClientStatusConflict("client", "the client's case is already closed");
    }
    UUID organisation = CurrentStaff.get().organisationId();
    if (reason == ClosureReason.STAYED_BEYOND_ONE_YEAR
        && placements.ofClient(clientId, organisation).stream()
            .noneMatch(Placement::heldTwelveMonths)) {
      throw new ConflictException(
          "reason",
          "no placement of hers has lasted twelve months with its month-12 follow-up recorded");
    }
    if (reason != ClosureReason.STAYED_BEYOND_ONE_YEAR) {
      placements
          .running(clientId)
          .ifPresent(
              running -> {
                LocalDate end =
                    meetingDate.isBefore(running.startDate) ? running.startDate : meetingDate;
                running.end(
                    end,
                    reason == ClosureReason.FAMILY_MOVED_UNTRACEABLE
                        ? EndReason.MOVED
                        : EndReason.OTHER,
                    "case closed: " + reason,
                    today);
                service.finish(running);
              });
    }
    clients.close(clientId, reason, meetingDate, PlacementRequests.text(note));
    placements.markCaseClosed(clientId);
  }
}
