package org.livelihoodmatch.referral;

import java.util.UUID;

/** What callers send: a referral of a client, and a receiver's decision on one. */
final class ReferralRequests {

  private ReferralRequests() {}

  static final int MAX_REASON = 2000;

  /** {@code POST /api/v1/clients/{id}/referrals}: to whom, why, and her recorded consent. */
  record Refer(UUID toOrganisationId, String reason, Boolean consent) {}

  /** {@code POST /api/v1/referrals/{id}/accept} or {@code /decline}. */
  record Decision(String reason) {}
}
