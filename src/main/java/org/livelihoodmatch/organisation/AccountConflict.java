package org.livelihoodmatch.organisation;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An account change its current state does not allow: answered {@code 409}. */
@ResponseStatus(HttpStatus.CONFLICT)
class AccountConflict extends RuntimeException {

  AccountConflict(String message) {
    super(message);
  }
}
