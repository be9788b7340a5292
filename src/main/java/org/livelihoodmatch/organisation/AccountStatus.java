package org.livelihoodmatch.organisation;

/**
 * Whether an account may sign in. An account an administrator makes in an organisation that has
 * officers or planners waits, {@code PENDING}, for one of them to approve it, so that no
 * administrator can read an organisation's clients through an account of their own making.
 */
public enum AccountStatus {
  PENDING,
  ACTIVE,
  DISABLED
}
