package org.livelihoodmatch.referral;

import java.time.Clock;
import java.util.UUID;
import org.livelihoodmatch.client.ClientLifecycle;
import org.livelihoodmatch.client.ClientStatus;
import org.livelihoodmatch.organisation.AuditTrail;
import org.livelihoodmatch.organisation.CurrentStaff;
import org.livelihoodmatch.organisation.Organisation;
import org.livelihoodmatch.organisation.OrganisationKind;
import org.livelihoodmatch.organisation.OrganisationService;
import org.livelihoodmatch.organisation.Staff;
import org.livelihoodmatch.system.ConflictException;
import org.livelihoodmatch.system.NotFoundException;
import org.livelihoodmatch.system.Validation;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Refers clients to other organisations and decides the referrals that come in. A referral names a
 * client of the caller's organisation (any other is not found), another NGO or government office, a
 * reason and her consent; only the receiving organisation sees it to decide it (the sender and
 * anyone else get not found), once. Every step is in the audit trail of both organisations.
 */
@Service
class ReferralService {

  private final Referrals referrals;
  private final ClientLifecycle clients;
  private final OrganisationService organisations;
  private final AuditTrail audit;
  private final Clock clock;

  ReferralService(
      Referrals referrals,
      ClientLifecycle clients,
      OrganisationService organisations,
      AuditTrail audit,
      Clock clock) {
    this.referrals = referrals;
    this.clients = clients;
    this.organisations = organisations;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  Referral refer(UUID clientId, ReferralRequests.Refer request) {
    Staff staff = CurrentStaff.get();
    ClientLifecycle.LockedClient client = clients.lock(clientId); // another's client: not found
    Validation.Problems problems = new Validation.Problems();
    if (request == null) {
      problems.add("body", "the request has no body").throwIfAny();
    }
    if (!Boolean.TRUE.equals(request.consent())) {
      problems.add("consent", "must be true: record her consent to the referral first");
    }
    reason(problems, request.reason(), true);
    if (request.toOrganisationId() == null) {
      problems.add("toOrganisationId", "must not be null");
    } else if (request.toOrganisationId().equals(staff.organisationId())) {
      problems.add("toOrganisationId", "must be another organisation than yours");
    } else {
      Organisation to = organisations.find(request.toOrganisationId()).orElse(null);
      if (to == null) {
        problems.add("toOrganisationId", "no such organisation");
      } else if (to.kind() != OrganisationKind.NGO && to.kind() != OrganisationKind.GOVERNMENT) {
        problems.add("toOrganisationId", "must be an NGO or a government office");
      }
    }
    problems.throwIfAny();
    if (client.status() == ClientStatus.CLOSED) {
      throw new ConflictException("client", "her case is closed");
    }
    if (referrals.pendingOf(clientId).isPresent()) {
      throw pendingAlready();
    }
    Referral referral =
        new Referral(
            UUID.randomUUID(),
            clientId,
            staff.organisationId(),
            request.toOrganisationId(),
            client.code(),
            request.reason().strip(),
            staff.username(),
            clock.instant(),
            ReferralStatus.PENDING);
    try {
      referrals.insert(referral);
    } catch (DuplicateKeyException e) {
      throw pendingAlready();
    }
    audit.recordFor(
        referral.toOrganisationId, "REFER", "CLIENT", clientId, "referral " + referral.id);
    return referral;
  }

  /** The receiver takes her on: she and her history are theirs from this transaction on. */
  @Transactional
  Referral accept(UUID id, ReferralRequests.Decision decision) {
    Validation.Problems problems = new Validation.Problems();
    String why = decision == null ? null : decision.reason();
    reason(problems, why, false);
    problems.throwIfAny();
    Referral referral = incoming(id);
    referral.accept(CurrentStaff.get().username(), clock.instant(), trimmed(why));
    referral.receivedCode =
        clients.transfer(referral.clientId, referral.fromOrganisationId, referral.toOrganisationId);
    referrals.saveDecision(referral);
    return referral;
  }

  @Transactional
  Referral decline(UUID id, ReferralRequests.Decision decision) {
    Validation.Problems problems = new Validation.Problems();
    reason(problems, decision == null ? null : decision.reason(), true);
    problems.throwIfAny();
    Referral referral = incoming(id);
    referral.decline(CurrentStaff.get().username(), clock.instant(), decision.reason().strip());
    referrals.saveDecision(referral);
    audit.recordFor(
        referral.fromOrganisationId,
        "REFERRAL_DECLINED",
        "CLIENT",
        referral.clientId,
        "referral " + referral.id);
    return referral;
  }

  /** A referral to the caller's organisation, locked; the sender and anyone else: not found. */
  private Referral incoming(UUID id) {
    Staff staff = CurrentStaff.get();
    return referrals
        .lockIncoming(id, staff.organisationId())
        .orElseThrow(() -> new NotFoundException("referral", id));
  }

  private static void reason(Validation.Problems problems, String reason, boolean required) {
    if (reason == null || reason.isBlank()) {
      if (required) {
        problems.add("reason", "must not be blank: say why");
      }
    } else if (reason.length() > ReferralRequests.MAX_REASON) {
      problems.add("reason", "must be at most " + ReferralRequests.MAX_REASON + " characters");
    } else if (!Validation.hasLetterOrDigit(reason)) {
      problems.add("reason", "must contain a letter or digit");
    }
  }

  private static String trimmed(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static ConflictException pendingAlready() {
    return new ConflictException(
        "client", "a referral of her is already pending: wait for its decision");
  }
}
