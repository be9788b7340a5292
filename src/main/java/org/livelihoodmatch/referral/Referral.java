package org.livelihoodmatch.referral;

import java.time.Instant;
import java.util.UUID;
import org.livelihoodmatch.system.ConflictException;

/**
 * A client handed on from one organisation to another: who, from whom, to whom, why, and the
 * receiver's decision. It is decided once; a second decision is refused.
 */
final class Referral {

  final UUID id;
  final UUID clientId;
  final UUID fromOrganisationId;
  final UUID toOrganisationId;
  final String clientCode;
  final String reason;
  final String createdBy;
  final Instant createdAt;
  ReferralStatus status;
  String receivedCode;
  String decidedBy;
  Instant decidedAt;
  String decisionReason;

  Referral(
      UUID id,
      UUID clientId,
      UUID fromOrganisationId,
      UUID toOrganisationId,
      String clientCode,
      String reason,
      String createdBy,
      Instant createdAt,
      ReferralStatus status) {
    this.id = id;
    this.clientId = clientId;
    this.fromOrganisationId = fromOrganisationId;
    this.toOrganisationId = toOrganisationId;
    this.clientCode = clientCode;
    this.reason = reason;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
    this.status = status;
  }

  /** The receiver takes her on (the caller then moves her and records her new code). */
  void accept(String by, Instant at, String why) {
    decide(ReferralStatus.ACCEPTED, by, at, why);
  }

  void decline(String by, Instant at, String why) {
    decide(ReferralStatus.DECLINED, by, at, why);
  }

  private void decide(ReferralStatus decision, String by, Instant at, String why) {
    if (status != ReferralStatus.PENDING) {
      throw new ConflictException(
          "status", "the referral is already " + status.name().toLowerCase());
    }
    status = decision;
    decidedBy = by;
    decidedAt = at;
    decisionReason = why;
  }

  /** Her code as the reader's organisation knows her. */
  String codeFor(UUID organisation) {
    return organisation.equals(toOrganisationId) && receivedCode != null
        ? receivedCode
        : clientCode;
  }
}
