package org.livelihoodmatch.benchmarks.form;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load on the public vacancy form (issue 5), against a running jar on loopback with the rate limit
 * set high: first a baseline ({@code GET /actuator/health} at the same concurrency), then
 * employers' browsers ({@link FormVisitor}) each fetching the form and posting it. Reports the
 * throughput and p50/p99 of the form post against the baseline, and counts in PostgreSQL that every
 * accepted post stored exactly one vacancy. Run by {@code benchmarks/form/run.sh}.
 *
 * <p>Arguments: base URL, JDBC URL of the service's database, seconds measured per phase (30),
 * concurrent browsers (16), warm-up seconds (15), process id of the service and the directory of
 * its database (to report the CPU one post costs in the service, in PostgreSQL and in this load
 * generator).
 */
public final class FormLoad {

  private FormLoad() {}

  public static void main(String[] args) throws Exception {
    URI base = URI.create(args.length > 0 ? args[0] : "http://127.0.0.1:18080");
    String jdbc = args.length > 1 ? args[1] : null;
    int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
    int concurrency = args.length > 3 ? Integer.parseInt(args[3]) : 16;
    int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 15;
    long servicePid = args.length > 5 ? Long.parseLong(args[5]) : -1;
    String databaseDir = args.length > 6 ? args[6] : null;
    String runId = UUID.randomUUID().toString().substring(0, 8);

    Latencies health = baseline(base, concurrency, Math.min(warmup, 30), seconds);
    double healthRate = health.count() / (double) seconds;
    // the baseline's clients stop at the deadline; their last requests end within milliseconds

    FormVisitor.Tally tally =
        new FormVisitor.Tally(
            new AtomicLong(), new AtomicLong(), new AtomicLong(), new AtomicLong(),
            ConcurrentHashMap.newKeySet());
    AtomicLong sequence = new AtomicLong();
    List<FormVisitor> visitors = new ArrayList<>();
    for (int i = 0; i < concurrency; i++) {
      visitors.add(new FormVisitor(base, runId, 40, 0.2, 0.05, sequence, tally));
    }
    run(visitors, warmup, false);
    long acceptedBefore = tally.accepted().get();
    long postsBefore = tally.accepted().get() + tally.refused().get();
    long[] serviceBefore = ProcessCpu.millis(servicePid, databaseDir);
    long loadBefore = ProcessCpu.millis(ProcessHandle.current().pid(), null)[0];
    long started = System.nanoTime();
    run(visitors, seconds, true);
    double elapsed = (System.nanoTime() - started) / 1e9;
    long[] serviceAfter = ProcessCpu.millis(servicePid, databaseDir);
    long loadAfter = ProcessCpu.millis(ProcessHandle.current().pid(), null)[0];
    Latencies posts = new Latencies();
    Latencies forms = new Latencies();
    visitors.forEach(v -> { posts.addAll(v.posts); forms.addAll(v.forms); });
    long measuredPosts = tally.accepted().get() + tally.refused().get() - postsBefore;

    System.out.printf(Locale.ROOT, "run %s: %d browsers, %.1f s measured after %d s warm-up%n",
        runId, concurrency, elapsed, warmup);
    System.out.printf(Locale.ROOT, "baseline GET /actuator/health: %.0f req/s, p50 %.1f ms, p99 %.1f ms%n",
        healthRate, health.percentileMillis(50), health.percentileMillis(99));
    System.out.printf(Locale.ROOT, "GET /vacancies/new (in the mix): p50 %.1f ms, p99 %.1f ms%n",
        forms.percentileMillis(50), forms.percentileMillis(99));
    System.out.printf(Locale.ROOT,
        "POST /vacancies/new: %.0f posts/s (%d measured, %d accepted + %d refused in all runs),"
            + " p50 %.1f ms, p99 %.1f ms; %.2fx the baseline's p99%n",
        measuredPosts / elapsed, posts.count(), tally.accepted().get(),
        tally.refused().get(), posts.percentileMillis(50), posts.percentileMillis(99),
        posts.percentileMillis(99) / health.percentileMillis(99));
    System.out.printf(Locale.ROOT, "double-click replays answered with the same reference: %d;"
        + " failures: %d; accepted during measurement: %d%n",
        tally.replays().get(), tally.failures().get(), tally.accepted().get() - acceptedBefore);
    if (servicePid > 0 && measuredPosts > 0) {
      System.out.printf(Locale.ROOT,
          "CPU per post (with its GET): service JVM %.2f ms, PostgreSQL %.2f ms, load generator"
              + " %.2f ms; %.0f%% of 2 cores busy with these three%n",
          (serviceAfter[0] - serviceBefore[0]) / (double) measuredPosts,
          (serviceAfter[1] - serviceBefore[1]) / (double) measuredPosts,
          (loadAfter - loadBefore) / (double) measuredPosts,
          100.0 * (serviceAfter[0] - serviceBefore[0] + serviceAfter[1] - serviceBefore[1]
              + loadAfter - loadBefore) / (2000.0 * elapsed));
    }
    if (jdbc != null) {
      check(jdbc, runId, tally);
    }
  }

  /** GET /actuator/health from {@code concurrency} clients; latencies of the measured part. */
  private static Latencies baseline(URI base, int concurrency, int warmup, int seconds)
      throws Exception {
    List<HttpClient> clients = new ArrayList<>();
    for (int i = 0; i < concurrency; i++) {
      clients.add(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build());
    }
    HttpRequest request = HttpRequest.newBuilder(base.resolve("/actuator/health")).GET().build();
    Latencies all = new Latencies();
    for (boolean measure : new boolean[] {false, true}) {
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(measure ? seconds : warmup);
      ExecutorService pool = Executors.newFixedThreadPool(concurrency);
      List<Latencies> perClient = new ArrayList<>();
      for (HttpClient client : clients) {
        Latencies mine = new Latencies();
        perClient.add(mine);
        pool.submit(() -> {
          while (System.nanoTime() < end) {
            long started = System.nanoTime();
            HttpResponse<String> answer = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200 || !answer.body().contains("UP")) {
              throw new IllegalStateException("health is not UP: " + answer.statusCode());
            }
            mine.add(System.nanoTime() - started);
          }
          return null;
        });
      }
      pool.shutdown();
      pool.awaitTermination(seconds + warmup + 60L, TimeUnit.SECONDS);
      if (measure) {
        perClient.forEach(all::addAll);
      }
    }
    return all;
  }

  private static void run(List<FormVisitor> visitors, int seconds, boolean measure)
      throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    ExecutorService pool = Executors.newFixedThreadPool(visitors.size());
    for (FormVisitor visitor : visitors) {
      pool.submit(() -> {
        while (System.nanoTime() < end) {
          visitor.visit(measure);
        }
        return null;
      });
    }
    pool.shutdown();
    pool.awaitTermination(seconds + 120L, TimeUnit.SECONDS);
  }

  /** Every accepted post stored exactly one vacancy: nothing lost, nothing twice. */
  private static void check(String jdbc, String runId, FormVisitor.Tally tally) throws Exception {
    try (Connection db = DriverManager.getConnection(
            jdbc, "postgres", System.getenv().getOrDefault("LIVELIHOOD_DB_PASSWORD", ""));
        PreparedStatement count =
            db.prepareStatement(
                "select count(*), count(distinct v.title), count(distinct s.reference)"
                    + " from vacancy v join vacancy_submission s on s.vacancy_id = v.id"
                    + " where v.title like ?")) {
      count.setString(1, "Bench " + runId + " %");
      try (ResultSet rs = count.executeQuery()) {
        rs.next();
        long rows = rs.getLong(1);
        long accepted = tally.accepted().get();
        boolean exact =
            rows == accepted && rs.getLong(2) == accepted && rs.getLong(3) == accepted
                && tally.references().size() == accepted;
        System.out.printf(Locale.ROOT,
            "PostgreSQL: %d vacancies (%d distinct titles, %d distinct references) for %d accepted"
                + " posts with %d distinct references: %s%n",
            rows, rs.getLong(2), rs.getLong(3), accepted, tally.references().size(),
            exact ? "OK, none lost or duplicated" : "MISMATCH");
        if (!exact) {
          System.exit(1);
        }
      }
    }
  }
}
