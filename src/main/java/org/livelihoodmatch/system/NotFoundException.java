package org.livelihoodmatch.system;

/**
 * Something the caller asked for does not exist, or must not be known to exist by this caller
 * (another organisation's client): both are answered {@code 404}.
 */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String what, Object id) {
    super(what + " " + id + " not found");
  }
}
