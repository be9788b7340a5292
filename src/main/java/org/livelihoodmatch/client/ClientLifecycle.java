package org.livelihoodmatch.client;

import java.time.LocalDate;
import java.util.UUID;
import org.livelihoodmatch.livelihood.ClientProfile;
import org.livelihoodmatch.organisation.AuditTrail;
import org.livelihoodmatch.organisation.CurrentStaff;
import org.livelihoodmatch.organisation.Staff;
import org.livelihoodmatch.system.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The moves of a client's case that other modules ask for: placed, placement ended, case closed,
 * moved to another organisation. Each runs inside the caller's transaction, on the caller's own
 * organisation's client only (any other is not found), with her row locked first so that two
 * officers placing her at once are served one after the other and the second is refused.
 */
@Service
public class ClientLifecycle {

  private final Clients clients;
  private final JdbcTemplate jdbc;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final CaseCodes codes;

  ClientLifecycle(
      Clients clients,
      JdbcTemplate jdbc,
      AuditTrail audit,
      ApplicationEventPublisher events,
      CaseCodes codes) {
    this.codes = codes;
    this.clients = clients;
    this.jdbc = jdbc;
    this.audit = audit;
    this.events = events;
  }

  /** A client of the caller's organisation, locked until the transaction ends. */
  public record LockedClient(UUID id, String code, ClientStatus status, ClientProfile profile) {}

  /**
   * Checks that the client is the caller's (else not found) and records the read of {@code what} of
   * her record, as every read of a client's record is.
   */
  @Transactional
  public void read(UUID id, String what) {
    Staff staff = CurrentStaff.get();
    if (!staff.worksWithClients()
        || clients.findByIdAndOrganisationId(id, staff.organisationId()).isEmpty()) {
      throw new NotFoundException("client", id);
    }
    audit.record("READ", "CLIENT", id, what);
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public LockedClient lock(UUID id) {
    Client c = locked(id);
    return new LockedClient(c.id, c.code, c.status, ClientProfiles.of(c));
  }

  /**
   * She takes up a placement: locked, refused when she is placed already or her case is closed,
   * marked PLACED; the caller's transaction rolls it back if the placement is refused after all.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public LockedClient place(UUID id) {
    Client c = locked(id);
    c.place();
    save(c, "PLACE", null);
    return new LockedClient(c.id, c.code, c.status, ClientProfiles.of(c));
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void endPlacement(UUID id) {
    Client c = locked(id);
    c.endPlacement();
    save(c, "PLACEMENT_ENDED", null);
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void close(UUID id, ClosureReason reason, LocalDate meetingDate, String note) {
    Client c = locked(id);
    c.close(reason, meetingDate, note);
    save(c, "CLOSE", reason.name() + " meeting " + meetingDate);
    events.publishEvent(new CaseClosed(c.id, c.organisationId, reason, meetingDate));
  }

  /**
   * Moves the client of {@code from} to {@code to} (a referral accepted by {@code to}'s officer,
   * which the caller has checked): her record under a new case code of the receiver, one audit
   * entry that both organisations read, the search index and what other modules keep of her
   * (placements, plans) following in the same transaction. Returns her new code.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public String transfer(UUID id, UUID from, UUID to) {
    org.livelihoodmatch.system.RowLock.lock(jdbc, "client", id);
    Client c =
        clients
            .findByIdAndOrganisationId(id, from)
            .orElseThrow(() -> new NotFoundException("client", id));
    if (c.externalId != null && clients.hasExternalId(to, c.externalId)) {
      throw new ClientStatusConflict(
          "externalId",
          "the receiving organisation already has a client with her external id "
              + c.externalId
              + ": the same person twice; merge the records first");
    }
    String fromCode = c.code;
    c.transferTo(to, codes.next(to));
    if (clients.saveOwner(c.id, c.organisationId, c.code, c.version) != 1) {
      throw new org.livelihoodmatch.system.StaleVersionException(
          "The client " + c.id + " was changed by someone else meanwhile; try again.");
    }
    audit.recordFor(from, "TRANSFER", "CLIENT", c.id, "referred: " + fromCode + " -> " + c.code);
    events.publishEvent(new ClientTransferred(c.id, from, to, fromCode, c.code));
    events.publishEvent(new ClientChanged(c.id, to));
    return c.code;
  }

  private Client locked(UUID id) {
    Staff staff = CurrentStaff.get();
    if (!staff.worksWithClients()) {
      throw new NotFoundException("client", id);
    }
    org.livelihoodmatch.system.RowLock.lock(jdbc, "client", id);
    return clients
        .findByIdAndOrganisationId(id, staff.organisationId())
        .orElseThrow(() -> new NotFoundException("client", id));
  }

  private void save(Client c, String action, String detail) {
    int saved =
        clients.saveStatus(
            c.id,
            c.status.name(),
            c.closureReason == null ? null : c.closureReason.name(),
            c.closureMeetingDate,
            c.closureNote,
            c.version);
    if (saved != 1) {
      throw new org.livelihoodmatch.system.StaleVersionException(
          "The client " + c.id + " was changed by someone else meanwhile; reload her record.");
    }
    audit.record(action, "CLIENT", c.id, detail);
    events.publishEvent(new ClientChanged(c.id, c.organisationId));
  }
}
