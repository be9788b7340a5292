package org.livelihoodmatch.benchmarks.interchange;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Speed of the client import over loopback HTTP (issue 12). Sets up three NGOs with an officer each
 * through the API as the administrator and writes an OSCaR-style CSV of {@code rows} clients (Khmer
 * names, Primero village codes without the leading zero, dd/MM/yyyy and Excel-serial dates, every
 * optional column). Then, one request at a time:
 * <ol>
 *   <li>a dry run of the whole file (checks and counts, stores nothing);
 *   <li>the import (all created, one transaction), and the time until the last row's client is
 *       found by the search API;
 *   <li>the same file again (all unchanged) and a file with every row changed (all updated);
 *   <li>baselines in the same run: a tenth of the file imported by the second NGO, and the same
 *       {@code rows} clients posted one by one through {@code POST /api/v1/clients} by the third.
 * </ol>
 * Args: baseUrl adminPassword rows.
 */
public final class ImportLoad {

  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
  private static final String[] GIVEN = {"Sreymom", "Kimlang", "Theary", "Sokha", "Dara", "Bopha"};
  private static final String[] GIVEN_KM = {"ស្រីមុំ", "គីមឡាង", "ធារី", "សុខា", "ដារា", "បុប្ផា"};
  private static final String[] FAMILY = {"Chan", "Sok", "Nget", "Keo", "Lim", "Chea"};
  private static final String[] FAMILY_KM = {"ចាន់", "សុខ", "ង៉ែត", "កែវ", "លឹម", "ជា"};
  private static final String[] TRADES = {
    "sewing-machine-operator", "tailor", "hairdresser", "beautician", "motorcycle-mechanic", "cook"
  };

  private final String base;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private ImportLoad(String base) {
    this.base = base;
  }

  public static void main(String[] args) throws Exception {
    ImportLoad load = new ImportLoad(args[0]);
    String admin = basic("admin", args[1]);
    int rows = Integer.parseInt(args[2]);
    String suffix = Long.toString(System.nanoTime(), 36);
    String importer = load.officer(admin, "import-" + suffix);
    String tenth = load.officer(admin, "tenth-" + suffix);
    String poster = load.officer(admin, "post-" + suffix);

    byte[] file = csv(rows, 0).getBytes(StandardCharsets.UTF_8);
    byte[] changed = csv(rows, 1).getBytes(StandardCharsets.UTF_8);
    byte[] small = csv(rows / 10, 0).getBytes(StandardCharsets.UTF_8);
    System.out.printf("file: %d rows, %,d bytes (CSV, UTF-8)%n", rows, file.length);

    load.importTimed("dry run", importer, file, true);
    load.importTimed("import (created)", importer, file, false);
    long started = System.nanoTime();
    String last = "OSCAR-" + (rows - 1);
    while (!load.send("GET", "/api/v1/search?type=CLIENT&q=" + last, importer, null)
        .contains("\"total\":1")) {
      Thread.sleep(50);
    }
    System.out.printf("searchable: last row's client found %d ms after the import answered%n",
        (System.nanoTime() - started) / 1_000_000);
    load.importTimed("same file again (unchanged)", importer, file, false);
    load.importTimed("every row changed (updated)", importer, changed, false);
    long tenthMs = load.importTimed("baseline: a tenth of the file", tenth, small, false);

    List<String> bodies = new ArrayList<>();
    Random random = new Random(7);
    for (int i = 0; i < rows; i++) {
      bodies.add(json(i, random));
    }
    started = System.nanoTime();
    for (String body : bodies) {
      load.send("POST", "/api/v1/clients", poster, body);
    }
    long postMs = (System.nanoTime() - started) / 1_000_000;
    System.out.printf(
        "baseline: %d clients posted one by one: %,d ms (%.1f ms each)%n",
        rows, postMs, postMs / (double) rows);
    System.out.printf(
        "ratios: posting one by one / import = %.1f; import / a tenth = %.1f%n",
        postMs / (double) load.lastImportMs, load.createdMs / (double) tenthMs);
  }

  private long lastImportMs;
  private long createdMs;

  private long importTimed(String what, String who, byte[] file, boolean dryRun) throws Exception {
    long started = System.nanoTime();
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/api/v1/imports/clients?dryRun=" + dryRun))
                .header("Authorization", who)
                .header("Content-Type", "text/csv")
                .timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.ofByteArray(file))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    long ms = (System.nanoTime() - started) / 1_000_000;
    String body = response.body();
    if (response.statusCode() != 200 || !body.contains("\"errors\":[]")) {
      throw new IllegalStateException(response.statusCode() + " " + body.substring(0, Math.min(600, body.length())));
    }
    System.out.printf("%-32s %,7d ms  %s%n", what + ":", ms,
        body.replaceAll(",\"errors\":\\[]", "").replaceAll("\\s+", " "));
    if (what.equals("import (created)")) {
      lastImportMs = ms;
      createdMs = ms;
    }
    return ms;
  }

  /** An OSCaR-style file; {@code variant} 1 changes every row (one more dependant). */
  static String csv(int rows, int variant) {
    StringBuilder csv =
        new StringBuilder(
            "global_id,external_case_code,given_name,family_name,local_given_name,"
                + "local_family_name,gender,date_of_birth,location_current_village_code,"
                + "preferred_language,literacy,skills,preferred_occupations,preferred_provinces,"
                + "willing_to_relocate,self_employment,dependants,monthly_remittance,"
                + "can_live_at_home,head_of_household,avoid_provinces,needs_health_clinic,"
                + "available_from\n");
    Random random = new Random(42);
    for (int i = 0; i < rows; i++) {
      int n = random.nextInt(GIVEN.length);
      int province = 1 + random.nextInt(25);
      String village =
          String.format("%02d%02d%02d%02d", province, 1 + random.nextInt(9), 1 + random.nextInt(9), 1 + random.nextInt(20));
      if (village.startsWith("0") && random.nextBoolean()) {
        village = village.substring(1); // as Primero writes it
      }
      String trade = TRADES[random.nextInt(TRADES.length)];
      String born =
          random.nextBoolean()
              ? String.format("%02d/%02d/%d", 1 + random.nextInt(28), 1 + random.nextInt(12), 1990 + random.nextInt(16))
              : Integer.toString(33000 + random.nextInt(5800)); // an Excel serial date
      csv.append("OSCAR-").append(i).append(',')
          .append("CASE-").append(i).append(',')
          .append(GIVEN[n]).append(',').append(FAMILY[n]).append(',')
          .append(GIVEN_KM[n]).append(',').append(FAMILY_KM[n]).append(',')
          .append(random.nextInt(10) == 0 ? "prefer_not_to_say" : "female").append(',')
          .append(born).append(',')
          .append(village).append(",km,BASIC,")
          .append(trade).append(":TRAINED,")
          .append(trade).append(';').append(TRADES[random.nextInt(TRADES.length)]).append(',')
          .append(String.format("%02d", province)).append(";12,")
          .append(random.nextBoolean() ? "yes" : "no").append(",no,")
          .append(random.nextInt(5) + variant).append(',')
          .append(random.nextInt(40)).append(".00,yes,no,,no,\n");
    }
    return csv.toString();
  }

  /** The baseline's client: the same kind of record as a row of the file, as API JSON. */
  static String json(int i, Random random) {
    int n = random.nextInt(GIVEN.length);
    String trade = TRADES[random.nextInt(TRADES.length)];
    String province = String.format("%02d", 1 + random.nextInt(25));
    return ("{\"givenName\": \"%s\", \"familyName\": \"%s\", \"localGivenName\": \"%s\","
            + " \"localFamilyName\": \"%s\", \"externalId\": \"POST-%d\", \"sex\": \"F\","
            + " \"birthDate\": \"2001-06-01\", \"homeProvince\": \"%s\", \"languages\": [\"km\"],"
            + " \"literacy\": \"BASIC\", \"skills\": [{\"occupation\": \"%s\", \"level\": \"TRAINED\"}],"
            + " \"preferences\": {\"occupations\": [\"%s\"], \"provinces\": [\"%s\", \"12\"],"
            + " \"willingToRelocate\": true, \"selfEmployment\": false},"
            + " \"household\": {\"dependants\": 2, \"monthlyRemittance\": 20.00, \"canLiveAtHome\": true}}")
        .formatted(GIVEN[n], FAMILY[n], GIVEN_KM[n], FAMILY_KM[n], i, province, trade, trade, province);
  }

  private String officer(String admin, String name) throws Exception {
    String ngo =
        id(send("POST", "/api/v1/organisations", admin,
            "{\"name\": \"Bench NGO " + name + "\", \"kind\": \"NGO\", \"province\": \"12\"}"));
    String password = "bench-password-" + name;
    send("POST", "/api/v1/users", admin, "{\"username\": \"bench-" + name + "\", \"password\": \""
        + password + "\", \"organisationId\": \"" + ngo + "\", \"roles\": [\"OFFICER\"]}");
    return basic("bench-" + name, password);
  }

  private String send(String method, String path, String auth, String body) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
    if (auth != null) {
      request.header("Authorization", auth);
    }
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() >= 300) {
      throw new IllegalStateException(method + " " + path + ": " + response.statusCode() + " " + response.body());
    }
    return response.body();
  }

  private static String id(String body) {
    Matcher m = ID.matcher(body);
    if (!m.find()) {
      throw new IllegalStateException("no id in " + body);
    }
    return m.group(1);
  }

  private static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
