package org.livelihoodmatch.organisation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.livelihoodmatch.system.DatabaseUnavailable;
import org.livelihoodmatch.system.ProblemJson;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.session.SessionInformationExpiredStrategy;

/**
 * The API's {@code 401}, {@code 403} and {@code 429} answers as RFC 9457 problem details; a {@code
 * 403} to a signed-in user is an audit event.
 */
final class ProblemResponses {

  private ProblemResponses() {}

  static AuthenticationEntryPoint unauthorized() {
    return (request, response, e) -> {
      if (e instanceof InternalAuthenticationServiceException
          && DatabaseUnavailable.isCauseOf(e.getCause())) {
        // The password could not be checked: that is not a wrong password.
        DatabaseUnavailable.write(response);
        return;
      }
      if (e instanceof SignInLocked locked) {
        long seconds = Math.max(1, Duration.between(Instant.now(), locked.until()).toSeconds() + 1);
        response.setHeader("Retry-After", Long.toString(seconds));
        write(
            response,
            429,
            "Too many failed sign-ins",
            "This user name is locked after repeated failed sign-ins. Try again in "
                + seconds
                + " seconds.");
        return;
      }
      response.setHeader("WWW-Authenticate", "Basic realm=\"Livelihood Match\"");
      write(response, 401, "Unauthorized", "Sign in with HTTP Basic or a browser session.");
    };
  }

  static AccessDeniedHandler forbidden(AuditTrail audit) {
    return (request, response, e) -> {
      recordDenied(request, audit);
      write(response, 403, "Forbidden", "Your role does not allow this.");
    };
  }

  /** A browser session ended because its account was disabled or its password changed. */
  static SessionInformationExpiredStrategy sessionEnded() {
    return event -> {
      HttpServletResponse response = event.getResponse();
      response.setHeader("WWW-Authenticate", "Basic realm=\"Livelihood Match\"");
      write(response, 401, "Unauthorized", "Your session has ended. Sign in again.");
    };
  }

  /** Writes a refusal of a signed-in user's request (not an anonymous one's) to the trail. */
  static void recordDenied(HttpServletRequest request, AuditTrail audit) {
    if (CurrentStaff.find().isPresent()) {
      try {
        audit.recordDenied(
            "REQUEST", null, null, request.getMethod() + " " + request.getRequestURI());
      } catch (org.springframework.dao.DataAccessException e) {
        // the refusal stands without its audit row; the database's trouble is logged elsewhere
        org.slf4j.LoggerFactory.getLogger(ProblemResponses.class)
            .warn("Could not audit a refused request: {}", e.getMessage());
      }
    }
  }

  private static void write(HttpServletResponse response, int status, String title, String detail)
      throws IOException {
    ProblemJson.write(response, status, title, detail);
  }
}
