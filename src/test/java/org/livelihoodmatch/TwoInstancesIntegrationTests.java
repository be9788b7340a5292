package org.livelihoodmatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.livelihoodmatch.organisation.OrganisationKind;
import org.livelihoodmatch.organisation.OrganisationService;
import org.livelihoodmatch.organisation.Role;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two instances of the service on one PostgreSQL, as a bigger office would run them: a plan solving
 * on the first is not taken for an orphan when the second starts, and stops when the second is
 * asked; a client registered on one is found by the other's search within seconds, and a vacancy
 * closed on one leaves the other's; the public form's rate limit is one allowance for both.
 */
class TwoInstancesIntegrationTests {

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private static ConfigurableApplicationContext start(EmbeddedPostgres db, Path dataDir) {
    return new SpringApplication(LivelihoodMatchApplication.class)
        .run(
            "--spring.datasource.url=" + db.getJdbcUrl("postgres", "postgres"),
            "--spring.datasource.username=postgres",
            "--livelihood.data-dir=" + dataDir,
            "--server.port=0",
            "--livelihood.sessions.shared=true",
            "--spring.main.banner-mode=off");
  }

  private static String base(ConfigurableApplicationContext context) {
    return "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
  }

  @Test
  void searchPlansAndTheRateLimitAgreeAcrossTwoInstances(@TempDir Path dir) throws Exception {
    try (EmbeddedPostgres db =
            EmbeddedPostgres.builder()
                .setDataDirectory(dir.resolve("shared-postgres"))
                .setCleanDataDirectory(true)
                .start();
        ConfigurableApplicationContext a = start(db, dir.resolve("a"))) {
      OrganisationService organisations = a.getBean(OrganisationService.class);
      TestFixtures fixtures = new TestFixtures(organisations);
      var ngo = fixtures.organisation(OrganisationKind.NGO);
      String planner = TestFixtures.unique("planner");
      organisations.createUser(
          planner, TestFixtures.PASSWORD, ngo.id(), Set.of(Role.PLANNER, Role.OFFICER));
      String employer = TestFixtures.unique("employer");
      organisations.createUser(
          employer,
          TestFixtures.PASSWORD,
          fixtures.organisation(OrganisationKind.EMPLOYER).id(),
          Set.of(Role.EMPLOYER));
      String officerAuth = basic(planner);
      LocalDate start = LocalDate.now().plusDays(30);
      String vacancy =
          id(
              post(
                  base(a),
                  "/api/v1/vacancies",
                  basic(employer),
                  """
                  {"title": "Mechanic Kampot", "occupation": "motorcycle-mechanic", "province": "07",
                   "workplaceAddress": "No. 4, riverside road, Kampot town", "positions": 3,
                   "monthlyWage": 240.00, "hoursPerWeek": 48, "minAge": 18, "startDate": "%s",
                   "description": "Regular hours"}
                  """
                      .formatted(start)));
      String first = client(base(a), officerAuth, "Sokha");
      String second = client(base(a), officerAuth, "Dara");
      String plan =
          id(
              post(
                  base(a),
                  "/api/v1/plans",
                  officerAuth,
                  "{\"name\": \"Two instances\", \"clientIds\": [\"%s\", \"%s\"],"
                          .formatted(first, second)
                      + " \"timeLimitSeconds\": 300}"));

      try (ConfigurableApplicationContext b = start(db, dir.resolve("b"))) {
        // B's start-up does not take A's running plan for an orphan.
        assertThat(status(base(b), officerAuth, plan)).isEqualTo("SOLVING");

        // A client registered on A is found by B's search; a vacancy closed on B leaves A's.
        String name = "Kunthea" + UUID.randomUUID().toString().substring(0, 6);
        client(base(a), officerAuth, name);
        await()
            .atMost(Duration.ofSeconds(10))
            .untilAsserted(
                () ->
                    assertThat(get(base(b), "/api/v1/search?type=CLIENT&q=" + name, officerAuth))
                        .contains(name));
        assertThat(get(base(a), "/api/v1/search?type=VACANCY&q=Mechanic+Kampot", officerAuth))
            .contains(vacancy);
        send(
            "PATCH",
            base(b),
            "/api/v1/vacancies/" + vacancy + "/status",
            officerAuth,
            "{\"status\": \"CLOSED\", \"reason\": \"filled elsewhere\"}");
        await()
            .atMost(Duration.ofSeconds(10))
            .untilAsserted(
                () ->
                    assertThat(
                            get(
                                base(a),
                                "/api/v1/search?type=VACANCY&q=Mechanic+Kampot",
                                officerAuth))
                        .doesNotContain(vacancy));

        // A stop asked of B stops the plan A solves.
        String stopped = post(base(b), "/api/v1/plans/" + plan + "/stop", officerAuth, "");
        assertThat((String) JsonPath.read(stopped, "$.status")).isEqualTo("STOPPED");

        // A browser signed in on A is signed in on B: the session lives in PostgreSQL; and an
        // account disabled on B is signed out on A too.
        HttpClient browser = signedIn(base(a), planner);
        assertThat(page(browser, base(b), "/caseload").statusCode()).isEqualTo(200);
        String officer = TestFixtures.unique("officer");
        UUID officerId =
            organisations.createUser(
                officer, TestFixtures.PASSWORD, ngo.id(), Set.of(Role.OFFICER));
        HttpClient officersBrowser = signedIn(base(b), officer);
        assertThat(page(officersBrowser, base(a), "/caseload").statusCode()).isEqualTo(200);
        get(base(a), "/api/v1/placements", basic(officer)); // A now remembers this Basic sign-in
        post(base(b), "/api/v1/users/" + officerId + "/disable", officerAuth, "");
        assertThat(page(officersBrowser, base(a), "/caseload").statusCode()).isEqualTo(302);
        assertThat(
                http.send(
                        HttpRequest.newBuilder(URI.create(base(a) + "/api/v1/placements"))
                            .header("Authorization", basic(officer))
                            .build(),
                        HttpResponse.BodyHandlers.ofString())
                    .statusCode())
            .isEqualTo(401);

        // The form's rate limit: what A grants, B does not grant again.
        Object limitA = a.getBean("formRateLimit");
        Object limitB = b.getBean("formRateLimit");
        Method take = limitA.getClass().getDeclaredMethod("tryAcquire", String.class);
        take.setAccessible(true);
        String address = TestFixtures.unique("192.0.2.1");
        for (int i = 0; i < 10; i++) {
          assertThat(allowed(take.invoke(i % 2 == 0 ? limitA : limitB, address))).isTrue();
        }
        assertThat(allowed(take.invoke(limitB, address))).isFalse();
        assertThat(allowed(take.invoke(limitA, address))).isFalse();
      }
    }
  }

  /** A browser (its own cookies) signed in through the sign-in form of {@code base}. */
  private static HttpClient signedIn(String base, String username) throws Exception {
    HttpClient browser =
        HttpClient.newBuilder()
            .cookieHandler(new java.net.CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    String login = page(browser, base, "/login").body();
    java.util.regex.Matcher csrf =
        java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
    assertThat(csrf.find()).isTrue();
    HttpResponse<String> answer =
        browser.send(
            HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "username="
                            + username
                            + "&password="
                            + TestFixtures.PASSWORD
                            + "&_csrf="
                            + java.net.URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(answer.headers().firstValue("Location").orElse("")).doesNotContain("error");
    return browser;
  }

  private static HttpResponse<String> page(HttpClient browser, String base, String path)
      throws Exception {
    return browser.send(
        HttpRequest.newBuilder(URI.create(base + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static boolean allowed(Object decision) throws Exception {
    Method allowed = decision.getClass().getDeclaredMethod("allowed");
    allowed.setAccessible(true);
    return (Boolean) allowed.invoke(decision);
  }

  private String client(String base, String auth, String name) throws Exception {
    return id(
        post(
            base,
            "/api/v1/clients",
            auth,
            """
            {"givenName": "%s", "familyName": "Test", "sex": "M", "birthDate": "2000-01-01",
             "homeProvince": "07", "languages": ["km"], "literacy": "BASIC",
             "preferences": {"occupations": ["motorcycle-mechanic"], "provinces": ["07"]},
             "household": {"monthlyRemittance": 10.00, "canLiveAtHome": true}}
            """
                .formatted(name)));
  }

  private String status(String base, String auth, String plan) throws Exception {
    return JsonPath.read(get(base, "/api/v1/plans/" + plan, auth), "$.status");
  }

  private static String basic(String user) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + TestFixtures.PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  private static String id(String body) {
    return JsonPath.read(body, "$.id");
  }

  private String get(String base, String path, String auth) throws Exception {
    return send("GET", base, path, auth, null);
  }

  private String post(String base, String path, String auth, String body) throws Exception {
    return send("POST", base, path, auth, body);
  }

  private String send(String method, String base, String path, String auth, String body)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Authorization", auth)
            .timeout(Duration.ofSeconds(60))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).as(method + " " + path + ": " + answer.body()).isLessThan(300);
    return answer.body();
  }
}
