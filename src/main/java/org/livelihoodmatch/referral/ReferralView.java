package org.livelihoodmatch.referral;

import java.time.Instant;
import java.util.UUID;

/**
 * A referral as the API and the inbox show it to one of its two organisations. The client is named
 * by id and case code only (her code at the reader's organisation once she is theirs); the day it
 * was made is Phnom Penh's.
 */
record ReferralView(
    UUID id,
    UUID clientId,
    String clientCode,
    ReferralStatus status,
    Party fromOrganisation,
    Party toOrganisation,
    String reason,
    boolean consent,
    Instant createdAt,
    java.time.LocalDate referredOn,
    String createdBy,
    Instant decidedAt,
    String decidedBy,
    String decisionReason) {

  /** One side of a referral. */
  record Party(UUID id, String name) {}

  static ReferralView of(Referral r, UUID reader, Party from, Party to, java.time.ZoneId zone) {
    return new ReferralView(
        r.id,
        r.clientId,
        r.codeFor(reader),
        r.status,
        from,
        to,
        r.reason,
        true,
        r.createdAt,
        r.createdAt.atZone(zone).toLocalDate(),
        r.createdBy,
        r.decidedAt,
        r.decidedBy,
        r.decisionReason);
  }
}
