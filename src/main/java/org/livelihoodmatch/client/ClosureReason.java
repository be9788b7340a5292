package org.livelihoodmatch.client;

/**
 * The Ministry's four reasons to close a case (2005 guidelines, DOMAIN.md): the client stays in the
 * placement beyond one year; dies; the family moves and cannot be traced; the client runs away.
 */
public enum ClosureReason {
  STAYED_BEYOND_ONE_YEAR,
  DIED,
  FAMILY_MOVED_UNTRACEABLE,
  RAN_AWAY
}
