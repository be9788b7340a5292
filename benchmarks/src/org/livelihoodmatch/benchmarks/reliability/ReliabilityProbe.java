package org.livelihoodmatch.benchmarks.reliability;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reliability probes of issue 15, run against a service on loopback by {@code run.sh}:
 * <ul>
 *   <li>{@code setup base adminPassword}: a verified employer and its user; prints the user's
 *       Basic credentials;
 *   <li>{@code burst base auth threads ackFile}: posts vacancies from {@code threads} threads until
 *       killed, appending the id of every vacancy answered {@code 201} to {@code ackFile} (flushed
 *       at once, as the answer is the acknowledgement);
 *   <li>{@code check base auth ackFile}: after the restart, how many acknowledged ids are there;
 *   <li>{@code huge base auth bodies megabytes}: that many concurrent bodies of that size while a
 *       prober asks /actuator/health every 100 ms; the statuses of both and the prober's worst wait.
 * </ul>
 */
public final class ReliabilityProbe {

  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "setup" -> setup(args[1], args[2]);
      case "burst" -> burst(args[1], args[2], Integer.parseInt(args[3]), Path.of(args[4]));
      case "check" -> check(args[1], args[2], Path.of(args[3]));
      case "huge" -> huge(args[1], args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]));
      default -> throw new IllegalArgumentException(args[0]);
    }
  }

  private static void setup(String base, String adminPassword) throws Exception {
    String admin = basic("admin", adminPassword);
    String suffix = Long.toString(System.nanoTime(), 36);
    String org =
        id(send("POST", base + "/api/v1/organisations", admin,
            "{\"name\": \"Probe Employer " + suffix + "\", \"kind\": \"EMPLOYER\", \"province\": \"12\"}").body());
    send("PATCH", base + "/api/v1/organisations/" + org, admin, "{\"verified\": true}");
    String user = "probe-" + suffix;
    String password = "probe-password-" + suffix + "-x7";
    send("POST", base + "/api/v1/users", admin, "{\"username\": \"" + user + "\", \"password\": \""
        + password + "\", \"organisationId\": \"" + org + "\", \"roles\": [\"EMPLOYER\"]}");
    System.out.println(basic(user, password));
  }

  private static String vacancy(int n) {
    return "{\"title\": \"Sewing machine operator " + n + "\", \"occupation\": \"sewing-machine-operator\","
        + " \"province\": \"12\", \"workplaceAddress\": \"No. 9, Street 271, Phnom Penh\","
        + " \"positions\": 2, \"monthlyWage\": 240.00, \"hoursPerWeek\": 48, \"minAge\": 18,"
        + " \"startDate\": \"" + java.time.LocalDate.now().plusMonths(1) + "\","
        + " \"description\": \"Regular hours\"}";
  }

  private static void burst(String base, String auth, int threads, Path ackFile) throws Exception {
    PrintWriter acks = new PrintWriter(Files.newBufferedWriter(ackFile), true);
    AtomicLong n = new AtomicLong();
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Thread worker = new Thread(() -> {
        while (true) {
          try {
            HttpResponse<String> answer =
                send("POST", base + "/api/v1/vacancies", auth, vacancy((int) n.incrementAndGet()));
            if (answer.statusCode() == 201) {
              synchronized (acks) {
                acks.println(id(answer.body()));
              }
            }
          } catch (Exception e) {
            return; // the service was killed
          }
        }
      });
      worker.start();
      workers.add(worker);
    }
    for (Thread w : workers) {
      w.join();
    }
  }

  private static void check(String base, String auth, Path ackFile) throws Exception {
    List<String> acknowledged = Files.readAllLines(ackFile).stream().filter(l -> l.length() == 36).toList();
    int lost = 0;
    for (String id : acknowledged) {
      if (send("GET", base + "/api/v1/vacancies/" + id, auth, null).statusCode() != 200) {
        lost++;
      }
    }
    System.out.printf("durability burst: %d acknowledged (201) before kill -9 of service and database,"
        + " %d lost after restart%n", acknowledged.size(), lost);
  }

  private static void huge(String base, String auth, int bodies, int megabytes) throws Exception {
    StringBuilder text = new StringBuilder("{\"title\": \"Sewing\", \"languages\": [");
    while (text.length() < megabytes * 1024 * 1024) {
      text.append("\"km\",");
    }
    byte[] body = text.append("\"km\"]}").toString().getBytes(StandardCharsets.UTF_8);
    Map<String, Integer> statuses = new ConcurrentHashMap<>();
    Map<String, Integer> probes = new ConcurrentHashMap<>();
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicLong worstProbe = new AtomicLong();
    Thread prober = new Thread(() -> {
      while (running.get()) {
        long started = System.nanoTime();
        String outcome;
        try {
          outcome = Integer.toString(send("GET", base + "/actuator/health", null, null).statusCode());
        } catch (Exception e) {
          outcome = e.getClass().getSimpleName();
        }
        worstProbe.accumulateAndGet(System.nanoTime() - started, Math::max);
        probes.merge(outcome, 1, Integer::sum);
        try {
          Thread.sleep(100);
        } catch (InterruptedException e) {
          return;
        }
      }
    });
    prober.start();
    List<Thread> senders = new ArrayList<>();
    for (int i = 0; i < bodies; i++) {
      boolean chunked = i % 2 == 1;
      Thread sender = new Thread(() -> {
        String outcome;
        try {
          HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + "/api/v1/vacancies"))
              .header("Authorization", auth).header("Content-Type", "application/json")
              .timeout(Duration.ofSeconds(60))
              .POST(chunked
                  ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))
                  : HttpRequest.BodyPublishers.ofByteArray(body));
          outcome = Integer.toString(HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        } catch (IOException e) {
          outcome = "closed after refusal";
        } catch (Exception e) {
          outcome = e.getClass().getSimpleName();
        }
        statuses.merge(outcome, 1, Integer::sum);
      });
      sender.start();
      senders.add(sender);
    }
    for (Thread s : senders) {
      s.join();
    }
    Thread.sleep(1000);
    running.set(false);
    prober.join();
    System.out.printf("huge-body burst: %d bodies of %d MB at once (half chunked): %s;"
            + " health probes meanwhile: %s, worst %.0f ms%n",
        bodies, megabytes, new TreeMap<>(statuses), new TreeMap<>(probes), worstProbe.get() / 1e6);
  }

  private static HttpResponse<String> send(String method, String url, String auth, String body)
      throws Exception {
    HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    if (auth != null) {
      r.header("Authorization", auth);
    }
    if (body != null) {
      r.header("Content-Type", "application/json");
    }
    return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String id(String body) {
    Matcher m = ID.matcher(body);
    if (!m.find()) {
      throw new IllegalStateException("no id in " + body);
    }
    return m.group(1);
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
