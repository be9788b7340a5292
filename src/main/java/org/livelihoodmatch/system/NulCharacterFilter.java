package org.livelihoodmatch.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps the NUL character of query and form parameters away from PostgreSQL, which cannot store it
 * in text. The API refuses such a request with {@code 400} naming the parameter; pages, where a
 * person typed or pasted the text, see the parameters without it (the public vacancy form keeps
 * what it can). JSON bodies are checked as they are read, see {@link TextWithoutNul}. Runs after
 * the request's character encoding is set, so parameters are decoded as UTF-8.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class NulCharacterFilter extends OncePerRequestFilter {

  static final String MESSAGE = "must not contain the NUL character";

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String bad = parameterWithNul(request);
    if (bad == null) {
      chain.doFilter(request, response);
    } else if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      ProblemJson.write(
          response,
          HttpServletResponse.SC_BAD_REQUEST,
          "The request has invalid parameters",
          bad + ": " + MESSAGE,
          List.of(new FieldProblem(bad, MESSAGE)));
    } else {
      chain.doFilter(new WithoutNul(request), response);
    }
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

  /** The request with NUL taken out of every parameter name and value. */
  private static final class WithoutNul extends HttpServletRequestWrapper {

    private final Map<String, String[]> parameters = new LinkedHashMap<>();

    WithoutNul(HttpServletRequest request) {
      super(request);
      request
          .getParameterMap()
          .forEach(
              (name, values) ->
                  parameters.put(
                      strip(name),
                      Arrays.stream(values).map(WithoutNul::strip).toArray(String[]::new)));
    }

    private static String strip(String text) {
      return text == null ? null : text.replace("\0", "");
    }

    @Override
    public String getParameter(String name) {
      String[] values = parameters.get(name);
      return values == null || values.length == 0 ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      return Collections.unmodifiableMap(parameters);
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.enumeration(parameters.keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
      String[] values = parameters.get(name);
      return values == null ? null : values.clone();
    }
  }
}
