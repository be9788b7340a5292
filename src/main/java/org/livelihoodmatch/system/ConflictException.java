package org.livelihoodmatch.system;

/**
 * A request that is well formed but collides with the state of things (a client already placed, a
 * follow-up month already recorded, a position already gone): {@code 409} with the field it is
 * about, so the caller knows what to look at again.
 */
public class ConflictException extends RuntimeException {

  private final String field;

  public ConflictException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
