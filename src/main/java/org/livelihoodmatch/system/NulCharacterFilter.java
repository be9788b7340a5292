package org.livelihoodmatch.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request whose query or form parameters hold the NUL character, before anything reads
 * them: PostgreSQL cannot store it in text, so it would surface as a database error. Answered
 * {@code 400} as problem details naming the parameter. (JSON bodies are checked as they are read,
 * see {@link TextWithoutNul}.)
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class NulCharacterFilter extends OncePerRequestFilter {

  static final String MESSAGE = "must not contain the NUL character";

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String bad = parameterWithNul(request);
    if (bad == null) {
      chain.doFilter(request, response);
      return;
    }
    ProblemJson.write(
        response,
        HttpServletResponse.SC_BAD_REQUEST,
        "The request has invalid parameters",
        bad + ": " + MESSAGE,
        List.of(new FieldProblem(bad, MESSAGE)));
  }

  /** The first parameter whose name or a value holds NUL (NUL shown as U+FFFD), else null. */
  private static String parameterWithNul(HttpServletRequest request) {
    for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
      boolean nul = parameter.getKey().indexOf('\0') >= 0;
      for (String value : parameter.getValue()) {
        nul |= value != null && value.indexOf('\0') >= 0;
      }
      if (nul) {
        return parameter.getKey().replace('\0', '\uFFFD');
      }
    }
    return null;
  }
}
