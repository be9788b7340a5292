package org.livelihoodmatch.client;

import org.livelihoodmatch.system.ConflictException;

/**
 * A move the client's status does not allow (placing a client already placed, closing a closed
 * case): {@code 409} naming the field the request was about.
 */
public class ClientStatusConflict extends ConflictException {

  public ClientStatusConflict(String field, String message) {
    super(field, message);
  }
}
