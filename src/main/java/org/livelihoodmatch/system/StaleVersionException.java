package org.livelihoodmatch.system;

/** An update carried a version that is no longer current; answered {@code 409}. */
public class StaleVersionException extends RuntimeException {

  public StaleVersionException(String what, Object id, long sent, long current) {
    super(
        what
            + " "
            + id
            + " was changed by someone else: you sent version "
            + sent
            + " but the current version is "
            + current
            + ". Reload it and apply your change again.");
  }

  public StaleVersionException(String message) {
    super(message);
  }
}
