package org.livelihoodmatch.benchmarks.form;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One employer's browser on loopback: its own cookie jar (session), and for every vacancy a GET of
 * the form for fresh CSRF and form tokens, then the POST. Most posts are lawful and unique; some
 * charge the worker fees (refused); a few lawful ones are sent twice with the same form token, as
 * a double click would.
 */
final class FormVisitor {

  static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  static final Pattern TOKEN = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"");

  /** What the run counted; shared by all visitors. */
  record Tally(
      AtomicLong accepted,
      AtomicLong refused,
      AtomicLong replays,
      AtomicLong failures,
      Set<String> references) {}

  private final HttpClient http;
  private final URI base;
  private final String runId;
  private final int employers;
  private final double invalidShare;
  private final double replayShare;
  private final AtomicLong sequence;
  private final Tally tally;
  final Latencies posts = new Latencies();
  final Latencies forms = new Latencies();

  FormVisitor(URI base, String runId, int employers, double invalidShare, double replayShare,
      AtomicLong sequence, Tally tally) {
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    this.base = base;
    this.runId = runId;
    this.employers = employers;
    this.invalidShare = invalidShare;
    this.replayShare = replayShare;
    this.sequence = sequence;
    this.tally = tally;
  }

  /** One vacancy: fetch the form, post it (and maybe post it again), and tally the answer. */
  void visit(boolean measure) throws IOException, InterruptedException {
    long n = sequence.incrementAndGet();
    long started = System.nanoTime();
    HttpResponse<String> form =
        http.send(HttpRequest.newBuilder(base.resolve("/vacancies/new")).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    long fetched = System.nanoTime();
    Matcher csrf = CSRF.matcher(form.body());
    Matcher token = TOKEN.matcher(form.body());
    if (form.statusCode() != 200 || !csrf.find() || !token.find()) {
      tally.failures().incrementAndGet();
      return;
    }
    boolean invalid = (n % 100) < invalidShare * 100;
    String body = encode(fields(n, invalid, csrf.group(1), token.group(1)));
    HttpResponse<String> answer = post(body);
    long posted = System.nanoTime();
    if (measure) {
      forms.add(fetched - started);
      posts.add(posted - fetched);
    }
    String location = answer.headers().firstValue("Location").orElse("");
    if (invalid && answer.statusCode() == 200 && answer.body().contains("workerPaysFees-error")) {
      tally.refused().incrementAndGet();
    } else if (!invalid && answer.statusCode() == 302 && location.contains("/vacancies/submitted/VF-")) {
      tally.accepted().incrementAndGet();
      tally.references().add(location);
      if ((n % 100) >= 100 - replayShare * 100) {
        HttpResponse<String> replay = post(body);
        boolean same = location.equals(replay.headers().firstValue("Location").orElse(""));
        (same ? tally.replays() : tally.failures()).incrementAndGet();
      }
    } else {
      tally.failures().incrementAndGet();
    }
  }

  private HttpResponse<String> post(String body) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(base.resolve("/vacancies/new"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private Map<String, String> fields(long n, boolean invalid, String csrf, String token) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("_csrf", csrf);
    f.put("formToken", token);
    f.put("employerName", "Bench Employer " + runId + " " + (n % employers));
    f.put("employerPhone", "012 345 " + (100 + n % 900));
    f.put("employerAddress", "No. " + n + ", Street 598, Chrang Chamres, Phnom Penh");
    f.put("title", "Bench " + runId + " sewing operator " + n);
    f.put("occupation", "sewing-machine-operator");
    f.put("province", "12");
    f.put("workplaceAddress", "No. 5, Street 598, Sangkat Chrang Chamres, Phnom Penh");
    f.put("positions", "10");
    f.put("monthlyWage", "215.00");
    f.put("hoursPerWeek", "48");
    f.put("providesAccommodation", "false");
    f.put("providesMeals", "true");
    f.put("minAge", "18");
    f.put("startDate", LocalDate.now().plusMonths(2).toString());
    f.put("workerPaysFees", invalid ? "true" : "false");
    f.put("employerHoldsDocuments", "false");
    f.put("crossBorder", "false");
    f.put("description", "Sewing shirts on a lockstitch machine; training on the job.");
    f.put("website", "");
    return f;
  }

  private static String encode(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
