package org.livelihoodmatch.organisation;

import java.time.Instant;
import org.springframework.security.authentication.LockedException;

/**
 * A user name locked after repeated failed sign-ins: refused, right password or not, until then.
 */
class SignInLocked extends LockedException {

  private final Instant until;

  SignInLocked(Instant until) {
    super("Too many failed sign-ins for this user name; try again later.");
    this.until = until;
  }

  Instant until() {
    return until;
  }
}
