package org.livelihoodmatch.placement;

/** What an officer may note at a visit that puts the placement at risk. */
public enum Concern {
  THREATENED,
  WORKPLACE_ABUSE,
  DEBT,
  HEALTH,
  FAMILY_CONFLICT,
  WANTS_TO_MIGRATE
}
