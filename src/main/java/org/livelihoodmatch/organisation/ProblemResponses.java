package org.livelihoodmatch.organisation;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.livelihoodmatch.system.DatabaseUnavailable;
import org.livelihoodmatch.system.ProblemJson;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** The API's {@code 401} and {@code 403} answers as RFC 9457 problem details. */
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
      response.setHeader("WWW-Authenticate", "Basic realm=\"Livelihood Match\"");
      write(response, 401, "Unauthorized", "Sign in with HTTP Basic or a browser session.");
    };
  }

  static AccessDeniedHandler forbidden() {
    return (request, response, e) ->
        write(response, 403, "Forbidden", "Your role does not allow this.");
  }

  private static void write(HttpServletResponse response, int status, String title, String detail)
      throws IOException {
    ProblemJson.write(response, status, title, detail);
  }
}
