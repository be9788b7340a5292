package org.livelihoodmatch.referral;

/** Where a referral stands: waiting for the receiver, or decided. */
public enum ReferralStatus {
  PENDING,
  ACCEPTED,
  DECLINED
}
