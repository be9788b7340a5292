package org.livelihoodmatch.placement;

/** Why a placement ended. */
public enum EndReason {
  LEFT_JOB,
  DISMISSED,
  BUSINESS_CLOSED,
  TRAINING_DROPPED,
  MOVED,
  OTHER
}
