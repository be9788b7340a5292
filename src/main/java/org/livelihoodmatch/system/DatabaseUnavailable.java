package org.livelihoodmatch.system;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

/**
 * The one answer for "the database cannot be reached right now": {@code 503} with {@code
 * Retry-After}, whether it comes from an endpoint, from signing in, or from a page. Before this, a
 * sign-in that could not reach the database was answered with a false {@code 401}.
 */
public final class DatabaseUnavailable {

  static final String TITLE = "Service unavailable";
  static final String DETAIL =
      "The database cannot be reached at the moment; the service is restoring it."
          + " Nothing was changed. Try again in a few seconds.";
  static final String RETRY_AFTER_SECONDS = "5";

  private DatabaseUnavailable() {}

  /** Whether {@code e} or one of its causes says the database could not be reached. */
  public static boolean isCauseOf(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof DataAccessException || t instanceof TransactionException) {
        return true;
      }
      if (t instanceof java.sql.SQLTransientConnectionException
          || t instanceof java.sql.SQLNonTransientConnectionException) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  public static void write(HttpServletResponse response) throws IOException {
    response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
    ProblemJson.write(response, 503, TITLE, DETAIL);
  }
}
