package org.livelihoodmatch.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The service's API on loopback, as the load generators call it: requests with Basic credentials
 * and JSON bodies, answers below 300 or an exception naming the call, and the id of what a POST
 * created.
 */
public final class LoopbackApi {

  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

  private final String base;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  /** The service at {@code base}, such as {@code http://127.0.0.1:18080}. */
  public LoopbackApi(String base) {
    this.base = base;
  }

  public HttpClient http() {
    return http;
  }

  /** Sends a request; an answer of 300 or more is an exception naming method, path and body. */
  public String send(String method, String path, String auth, String body) throws Exception {
    HttpResponse<String> answer =
        http.send(request(method, path, auth, body), HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() >= 300) {
      throw new IllegalStateException(
          method + " " + path + " -> " + answer.statusCode() + " " + answer.body());
    }
    return answer.body();
  }

  /** A request with credentials (null: none) and a JSON body (null: none). */
  public HttpRequest request(String method, String path, String auth, String body) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(120))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (auth != null) {
      b.header("Authorization", auth);
    }
    if (body != null) {
      b.header("Content-Type", "application/json");
    }
    return b.build();
  }

  /** The first {@code "id"} of an answer. */
  public static String id(String body) {
    Matcher m = ID.matcher(body);
    if (!m.find()) {
      throw new IllegalStateException("no id in " + body);
    }
    return m.group(1);
  }

  /** A Basic authorization header value. */
  public static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
