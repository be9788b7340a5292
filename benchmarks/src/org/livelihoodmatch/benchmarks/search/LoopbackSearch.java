package org.livelihoodmatch.benchmarks.search;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.livelihoodmatch.benchmarks.search.QuerySet.BenchQuery;
import org.livelihoodmatch.organisation.OrganisationService;
import org.livelihoodmatch.organisation.Role;
import org.livelihoodmatch.search.SearchQuery;
import org.springframework.context.ApplicationContext;

/**
 * The query set as an outside client sees it: {@code GET /api/v1/search} over loopback HTTP with
 * Basic authentication, one request at a time, interleaved with {@code GET /actuator/health} as the
 * baseline (the cost of an HTTP round trip through the same server and security filters).
 */
final class LoopbackSearch {

  private final HttpClient http = HttpClient.newHttpClient();
  private final String base;
  private final String authorization;

  LoopbackSearch(ApplicationContext app, UUID organisation) {
    base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
    String user = "bench-officer-" + UUID.randomUUID().toString().substring(0, 8);
    String password = UUID.randomUUID().toString();
    app.getBean(OrganisationService.class)
        .createUser(user, password, organisation, Set.of(Role.OFFICER));
    authorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** Search and baseline latencies over {@code rounds} of the query set, after one warm-up round. */
  Latencies[] measure(List<BenchQuery> queries, int rounds) throws Exception {
    List<URI> searches = queries.stream().map(q -> uri(q.query())).toList();
    URI health = URI.create(base + "/actuator/health");
    Latencies search = new Latencies();
    Latencies baseline = new Latencies();
    for (int round = 0; round <= rounds; round++) {
      for (URI uri : searches) {
        long took = get(uri, true);
        long healthTook = get(health, false);
        if (round > 0) {
          search.add(took);
          baseline.add(healthTook);
        }
      }
    }
    return new Latencies[] {search, baseline};
  }

  private long get(URI uri, boolean signedIn) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET();
    if (signedIn) {
      request.header("Authorization", authorization);
    }
    long start = System.nanoTime();
    HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    long took = System.nanoTime() - start;
    if (response.statusCode() != 200) {
      throw new IllegalStateException(uri + " answered " + response.statusCode());
    }
    return took;
  }

  /** The API's parameters for one query of the set. */
  private URI uri(SearchQuery q) {
    List<String> parameters = new ArrayList<>();
    add(parameters, "q", q.q());
    q.types().forEach(t -> add(parameters, "type", t.name()));
    add(parameters, "province", q.province());
    add(parameters, "occupation", q.occupation());
    add(parameters, "lat", q.lat());
    add(parameters, "lon", q.lon());
    add(parameters, "radiusKm", q.radiusKm());
    return URI.create(base + "/api/v1/search?" + String.join("&", parameters));
  }

  private static void add(List<String> parameters, String name, Object value) {
    if (value != null && !value.toString().isEmpty()) {
      parameters.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
    }
  }
}
