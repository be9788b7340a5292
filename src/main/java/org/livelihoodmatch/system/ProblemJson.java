package org.livelihoodmatch.system;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an RFC 9457 problem straight to the response, for the answers given before or outside
 * Spring MVC's exception handling (filters, security, requests that reach no endpoint), in the same
 * shape as {@link ProblemDetails} gives the rest.
 */
public final class ProblemJson {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ProblemJson() {}

  public static void write(HttpServletResponse response, int status, String title, String detail)
      throws IOException {
    write(response, status, title, detail, List.of());
  }

  /** With {@code errors} (one entry per bad field) when there are any. */
  public static void write(
      HttpServletResponse response,
      int status,
      String title,
      String detail,
      List<FieldProblem> errors)
      throws IOException {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", title);
    problem.put("status", status);
    problem.put("detail", detail);
    if (!errors.isEmpty()) {
      problem.put(
          "errors",
          errors.stream().map(f -> Map.of("field", f.field(), "message", f.message())).toList());
    }
    response.setStatus(status);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(JSON.writeValueAsString(problem));
  }
}
