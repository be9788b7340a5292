package org.livelihoodmatch.client;

/**
 * Where a client's case stands: looking for a livelihood, placed in one, or closed for one of the
 * ministry's four reasons. It changes only through {@link Client}'s intention-revealing methods.
 */
public enum ClientStatus {
  ACTIVE,
  PLACED,
  CLOSED
}
