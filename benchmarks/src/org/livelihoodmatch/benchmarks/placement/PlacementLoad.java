package org.livelihoodmatch.benchmarks.placement;

import org.livelihoodmatch.benchmarks.LoopbackApi;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load of the placement lifecycle over loopback HTTP (issue 9): sets up an NGO, an officer, a
 * verified employer, vacancies and clients through the API as the administrator; then
 * <ol>
 *   <li>baseline: GET /actuator/health from the same {@code threads} for {@code seconds};
 *   <li>placements: each thread places clients on JOB pathways of the vacancies for {@code
 *       seconds}, latencies recorded; afterwards every vacancy's positionsFilled is checked
 *       against its positions and the number of 201s (none over-filled);
 *   <li>plan accept: a plan of {@code planClients} further clients, solved for 20 s, then
 *       {@code POST /plans/{id}/accept} timed.
 * </ol>
 * Args: baseUrl adminPassword threads seconds clientsForPlacements planClients.
 */
public final class PlacementLoad {


  private final LoopbackApi api;
  private final HttpClient http;

  private PlacementLoad(String base) {
    this.api = new LoopbackApi(base);
    this.http = api.http();
  }

  public static void main(String[] args) throws Exception {
    String base = args[0];
    String adminPassword = args[1];
    int threads = Integer.parseInt(args[2]);
    int seconds = Integer.parseInt(args[3]);
    int clients = Integer.parseInt(args[4]);
    int planClients = Integer.parseInt(args[5]);
    PlacementLoad load = new PlacementLoad(base);
    String admin = LoopbackApi.basic("admin", adminPassword);
    String suffix = Long.toString(System.nanoTime(), 36);
    String ngo = LoopbackApi.id(load.api.send("POST", "/api/v1/organisations", admin,
        "{\"name\": \"Bench NGO " + suffix + "\", \"kind\": \"NGO\", \"province\": \"12\"}"));
    String employerOrg = LoopbackApi.id(load.api.send("POST", "/api/v1/organisations", admin,
        "{\"name\": \"Bench Employer " + suffix + "\", \"kind\": \"EMPLOYER\", \"province\": \"12\"}"));
    load.api.send("PATCH", "/api/v1/organisations/" + employerOrg, admin, "{\"verified\": true}");
    String password = "bench-password-" + suffix;
    load.api.send("POST", "/api/v1/users", admin, "{\"username\": \"bench-officer-" + suffix
        + "\", \"password\": \"" + password + "\", \"organisationId\": \"" + ngo
        + "\", \"roles\": [\"OFFICER\", \"PLANNER\"]}");
    load.api.send("POST", "/api/v1/users", admin, "{\"username\": \"bench-employer-" + suffix
        + "\", \"password\": \"" + password + "\", \"organisationId\": \"" + employerOrg
        + "\", \"roles\": [\"EMPLOYER\"]}");
    String officer = LoopbackApi.basic("bench-officer-" + suffix, password);
    String employer = LoopbackApi.basic("bench-employer-" + suffix, password);
    int vacancyCount = 20;
    // Room for every client placed: capacity is not what is measured.
    int positions = clients / vacancyCount + 1;
    List<String> vacancies = load.vacancies(employer, "12", vacancyCount, positions);
    // The plan's cohort lives in Kandal, with vacancies of its own: each client's ten best options
    // are the same ten vacancies, so each has room for all of them.
    load.vacancies(employer, "08", 10, planClients);
    List<String> clientIds = new ArrayList<>(load.clients(officer, clients, "12"));
    clientIds.addAll(load.clients(officer, planClients, "08"));
    System.out.printf("set up: %d vacancies of %d positions, %d clients%n",
        vacancyCount, positions, clientIds.size());

    ConcurrentLinkedQueue<String> queue = new ConcurrentLinkedQueue<>(clientIds.subList(0, clients));
    long[] health = load.run(threads, seconds, () -> load.timed("GET", "/actuator/health", null, null, 200));
    AtomicInteger created = new AtomicInteger();
    AtomicInteger next = new AtomicInteger();
    long[] places = load.run(threads, seconds, () -> {
      String client = queue.poll();
      if (client == null) {
        return -1;
      }
      String vacancy = vacancies.get(next.incrementAndGet() % vacancies.size());
      long t = load.timed("POST", "/api/v1/clients/" + client + "/placements", officer,
          "{\"pathway\": {\"kind\": \"JOB\", \"vacancy\": {\"id\": \"" + vacancy + "\"}}}", 201);
      if (t >= 0) {
        created.incrementAndGet();
      }
      return t;
    });
    int filled = 0;
    for (String v : vacancies) {
      String body = load.api.send("GET", "/api/v1/vacancies/" + v, officer, null);
      Matcher m = Pattern.compile("\"positionsFilled\"\\s*:\\s*(\\d+)").matcher(body);
      m.find();
      int n = Integer.parseInt(m.group(1));
      if (n > positions) {
        throw new AssertionError("vacancy " + v + " over-filled: " + n + " > " + positions);
      }
      filled += n;
    }
    report("GET /actuator/health (baseline)", health, seconds);
    report("POST /clients/{id}/placements", places, seconds);
    System.out.printf("201s %d, positions filled %d (equal: %s, none over-filled)%n",
        created.get(), filled, created.get() == filled);

    if (planClients > 0) {
      StringBuilder ids = new StringBuilder();
      for (String c : clientIds.subList(clients, clients + planClients)) {
        ids.append(ids.isEmpty() ? "" : ",").append('"').append(c).append('"');
      }
      String plan = LoopbackApi.id(load.api.send("POST", "/api/v1/plans", officer,
          "{\"name\": \"Bench\", \"clientIds\": [" + ids + "], \"timeLimitSeconds\": 20}"));
      while (load.api.send("GET", "/api/v1/plans/" + plan, officer, null).contains("\"SOLVING\"")) {
        Thread.sleep(500);
      }
      String summary = load.api.send("GET", "/api/v1/plans/" + plan, officer, null);
      long started = System.nanoTime();
      String accepted = load.api.send("POST", "/api/v1/plans/" + plan + "/accept", officer, "");
      long ms = (System.nanoTime() - started) / 1_000_000;
      System.out.printf("plan accept: %d ms for plan %s%n  plan: %s%n  accept: %s%n", ms, plan,
          summary.replaceAll("\\s+", " "),
          accepted.length() > 300 ? accepted.substring(0, 300) + "..." : accepted);
    }
  }

  private List<String> vacancies(String employer, String province, int count, int positions)
      throws Exception {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ids.add(LoopbackApi.id(api.send("POST", "/api/v1/vacancies", employer,
          "{\"title\": \"Sewing machine operator\", \"occupation\": \"sewing-machine-operator\","
              + " \"province\": \"" + province + "\", \"workplaceAddress\": \"No. 5, Street 2004\","
              + " \"positions\": " + positions + ", \"monthlyWage\": 250.00, \"hoursPerWeek\": 48,"
              + " \"minAge\": 18, \"startDate\": \"" + java.time.LocalDate.now().plusMonths(2)
              + "\", \"description\": \"Regular hours\"}")));
    }
    return ids;
  }

  private List<String> clients(String officer, int n, String province) throws Exception {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ids.add(LoopbackApi.id(api.send("POST", "/api/v1/clients", officer,
          "{\"givenName\": \"Bench\", \"familyName\": \"Client " + i + "\", \"sex\": \"F\","
              + " \"birthDate\": \"2001-01-01\", \"homeProvince\": \"" + province
              + "\", \"literacy\": \"BASIC\","
              + " \"skills\": [{\"occupation\": \"sewing-machine-operator\", \"level\": \"TRAINED\"}],"
              + " \"preferences\": {\"occupations\": [\"sewing-machine-operator\"], \"provinces\": [\""
              + province + "\"]},"
              + " \"household\": {\"monthlyRemittance\": 20, \"canLiveAtHome\": true}}")));
    }
    return ids;
  }

  interface Call {
    long nanos() throws Exception;
  }

  /** Runs {@code call} from {@code threads} threads for {@code seconds}; the latencies of 2xx. */
  private long[] run(int threads, int seconds, Call call) throws Exception {
    ConcurrentLinkedQueue<Long> all = new ConcurrentLinkedQueue<>();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    List<Thread> workers = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      Thread t = new Thread(() -> {
        try {
          while (System.nanoTime() < end) {
            long n = call.nanos();
            if (n == -1) {
              return;
            }
            if (n >= 0) {
              all.add(n);
            }
          }
        } catch (Exception e) {
          throw new RuntimeException(e);
        }
      });
      t.start();
      workers.add(t);
    }
    for (Thread t : workers) {
      t.join();
    }
    return all.stream().mapToLong(Long::longValue).sorted().toArray();
  }

  private long timed(String method, String path, String auth, String body, int expected)
      throws Exception {
    long started = System.nanoTime();
    HttpResponse<String> answer = http.send(api.request(method, path, auth, body),
        HttpResponse.BodyHandlers.ofString());
    long elapsed = System.nanoTime() - started;
    if (answer.statusCode() != expected) {
      System.err.println(method + " " + path + " -> " + answer.statusCode() + " " + answer.body());
      return -2;
    }
    return elapsed;
  }

  private static void report(String what, long[] sorted, int seconds) {
    if (sorted.length == 0) {
      System.out.println(what + ": no successful request");
      return;
    }
    System.out.printf("%s: %d in %d s = %.1f/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
        what, sorted.length, seconds, sorted.length / (double) seconds,
        pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), sorted[sorted.length - 1] / 1e6);
  }

  private static double pct(long[] sorted, double p) {
    int i = (int) Math.ceil(p / 100 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(i, sorted.length - 1))] / 1e6;
  }
}
