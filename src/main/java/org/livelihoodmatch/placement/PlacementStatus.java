package org.livelihoodmatch.placement;

/** Where a placement stands: in its training, at work (or in business), or ended. */
public enum PlacementStatus {
  TRAINING,
  WORKING,
  ENDED
}
