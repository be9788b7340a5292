package org.livelihoodmatch.organisation;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * An account change its current state does not allow: answered {@code 409}; {@link #code()} names
 * the rule for the pages, which say it in the reader's language.
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class AccountConflict extends RuntimeException {

  private final String code;

  AccountConflict(String message) {
    this("CONFLICT", message);
  }

  AccountConflict(String code, String message) {
    super(message);
    this.code = code;
  }

  /** {@code LAST_ADMINISTRATOR}, {@code LAST_APPROVER}, {@code DISABLED}, or {@code CONFLICT}. */
  public String code() {
    return code;
  }
}
