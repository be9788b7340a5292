package org.livelihoodmatch.catalogue;

/** A catalogue file that cannot be loaded; the message reads {@code file:line: reason}. */
public class CatalogueException extends RuntimeException {

  CatalogueException(String file, int line, String reason) {
    super(file + ":" + line + ": " + reason);
  }
}
