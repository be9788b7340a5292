package org.livelihoodmatch.benchmarks.pages;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Pages on a slow link (issue 11): each main page of the demo service, as a signed-in officer,
 * planner or administrator in Debian's headless Chromium, with Chromium's own network throttling
 * (CDP {@code Network.emulateNetworkConditions}: 400 kbit/s down and up, 400 ms added to every
 * response). For each page: the bytes on the wire (page, styles, scripts, fonts, images; HTTP
 * headers included, gzip as the service sends it) and the load time ({@code loadEventEnd} of the
 * navigation), first with an empty cache, then again with what the first visit cached (the HTTP
 * cache only: the service worker is bypassed).
 *
 * <p>Arguments: the service's base URL (loopback), the demo password. Prints a Markdown table.
 */
public final class PageWeight {

  static final int KBIT_PER_S = 400;
  static final int ROUND_TRIP_MS = 400;

  record Page(String user, String label, String path) {}

  /**
   * One navigation: bytes on the wire, responses that came over the network, load time, and the
   * page's server time (its time to first byte less the emulated round trip).
   */
  record Visit(long bytes, int requests, long loadMs, long serverMs) {}

  public static void main(String[] args) throws Exception {
    String base = args.length > 0 ? args[0] : "http://127.0.0.1:18090";
    String password = args.length > 1 ? args[1] : "demo-pass";
    List<Page> pages = pages(base, password);

    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=500,844");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver"))
            .build();
    ChromeDriver browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(120));
    browser.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
    List<String> rows = new ArrayList<>();
    try {
      String signedIn = null;
      for (Page page : pages) {
        if (!page.user().equals(signedIn)) {
          throttle(browser, false);
          signIn(browser, base, page.user(), password);
          signedIn = page.user();
        }
        browser.get("about:blank"); // nothing of the service left in the page's memory cache
        throttle(browser, true);
        forget(browser, base);
        Visit first = visit(browser, base + page.path());
        Visit again = visit(browser, base + page.path());
        rows.add(
            "| %s | %s | %.1f KB (%d) | %d ms | %.1f KB (%d) | %d ms | %d / %d ms |"
                .formatted(
                    page.label(),
                    page.user(),
                    first.bytes() / 1024.0,
                    first.requests(),
                    first.loadMs(),
                    again.bytes() / 1024.0,
                    again.requests(),
                    again.loadMs(),
                    first.serverMs(),
                    again.serverMs()));
        System.err.println(rows.get(rows.size() - 1));
      }
    } finally {
      browser.quit();
    }
    System.out.println(
        "| page | as | first visit: on the wire (requests) | load | repeat visit: on the wire"
            + " (requests) | load | server time (first / repeat) |");
    System.out.println("|---|---|---:|---:|---:|---:|---:|");
    rows.forEach(System.out::println);
  }

  static void throttle(ChromeDriver browser, boolean on) {
    browser.executeCdpCommand("Network.enable", Map.of());
    // the HTTP cache alone: the service worker (the offline visit form) would serve kept pages and
    // assets itself, and Chromium counts what it serves in other ways
    browser.executeCdpCommand("Network.setBypassServiceWorker", Map.of("bypass", true));
    int bytesPerSecond = KBIT_PER_S * 1000 / 8;
    browser.executeCdpCommand(
        "Network.emulateNetworkConditions",
        Map.of(
            "offline", false,
            "latency", on ? ROUND_TRIP_MS : 0,
            "downloadThroughput", on ? bytesPerSecond : -1,
            "uploadThroughput", on ? bytesPerSecond : -1));
  }

  /** An empty HTTP cache and no kept pages or assets of the service worker: a first visit. */
  static void forget(ChromeDriver browser, String base) {
    browser.executeCdpCommand("Network.clearBrowserCache", Map.of());
    browser.executeCdpCommand(
        "Storage.clearDataForOrigin",
        Map.of("origin", base, "storageTypes", "cache_storage,service_workers"));
  }

  static void signIn(ChromeDriver browser, String base, String user, String password) {
    browser.get(base + "/login");
    browser.manage().deleteAllCookies();
    browser.get(base + "/login");
    browser.findElement(By.id("username")).sendKeys(user);
    browser.findElement(By.id("password")).sendKeys(password);
    browser.findElement(By.cssSelector("form button[type=submit]")).click();
    new WebDriverWait(browser, Duration.ofSeconds(60))
        .until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
  }

  /** One navigation: the bytes of every response it caused, and when its load event ended. */
  static Visit visit(ChromeDriver browser, String url) {
    browser.get(url);
    new WebDriverWait(browser, Duration.ofSeconds(120))
        .until(
            d ->
                ((Number)
                            ((JavascriptExecutor) d)
                                .executeScript(
                                    "var n = performance.getEntriesByType('navigation')[0];"
                                        + " return n ? n.loadEventEnd : 0;"))
                        .longValue()
                    > 0);
    // let late requests (a script's fetch after load) finish before counting
    sleep(1500);
    @SuppressWarnings("unchecked")
    Map<String, Object> measured =
        (Map<String, Object>)
            ((JavascriptExecutor) browser)
                .executeScript(
                    "var n = performance.getEntriesByType('navigation')[0];"
                        + " var r = performance.getEntriesByType('resource');"
                        + " var bytes = n.transferSize, count = 1;"
                        + " r.forEach(function (e) { bytes += e.transferSize;"
                        + "   if (e.transferSize > 0) { count++; } });"
                        + " return {bytes: bytes, count: count, load: Math.round(n.loadEventEnd),"
                        + " server: Math.round(n.responseStart - n.requestStart)};");
    return new Visit(
        ((Number) measured.get("bytes")).longValue(),
        ((Number) measured.get("count")).intValue(),
        ((Number) measured.get("load")).longValue(),
        Math.max(0, ((Number) measured.get("server")).longValue() - ROUND_TRIP_MS));
  }

  /** The main pages, with ids of the demo's own records found through the API. */
  static List<Page> pages(String base, String password) throws Exception {
    List<Page> pages = new ArrayList<>();
    pages.add(new Page("officer-a", "home", "/"));
    pages.add(new Page("officer-a", "search", "/search?q=sewing"));
    pages.add(new Page("officer-a", "caseload", "/caseload"));
    String client = first(get(base, "officer-a", password, "/api/v1/search?type=CLIENT&size=1"), "id");
    if (client != null) {
      pages.add(new Page("officer-a", "client", "/clients/" + client));
      pages.add(new Page("officer-a", "take-home sheet", "/clients/" + client + "/sheet?option=1"));
    }
    String placement =
        first(get(base, "officer-a", password, "/api/v1/placements?size=1"), "placementId");
    if (placement != null) {
      pages.add(new Page("officer-a", "placement (visit form)", "/placements/" + placement));
    }
    pages.add(new Page("officer-a", "referrals", "/referrals"));
    pages.add(new Page("officer-a", "review vacancies", "/vacancies/review"));
    pages.add(new Page("officer-a", "reports", "/reports?groupBy=province"));
    // in Khmer (the choice is kept in a cookie until the next user signs in): the font comes too
    pages.add(new Page("officer-a", "home, Khmer", "/?lang=km"));
    pages.add(new Page("officer-a", "search, Khmer", "/search?q=sewing&lang=km"));
    if (placement != null) {
      pages.add(
          new Page("officer-a", "placement (visit form), Khmer", "/placements/" + placement + "?lang=km"));
    }
    pages.add(new Page("planner-a", "plans", "/plans"));
    String plan = first(get(base, "planner-a", password, "/api/v1/plans"), "id");
    if (plan == null) {
      // a small plan of one province, solved for a few seconds, so the plan page has a table
      plan =
          first(
              send(
                  base,
                  "planner-a",
                  password,
                  "/api/v1/plans",
                  "{\"name\": \"Page weight\", \"filter\": {\"province\": \"12\"},"
                      + " \"timeLimitSeconds\": 5}"),
              "id");
      sleep(15_000);
    }
    if (plan != null) {
      pages.add(new Page("planner-a", "plan", "/plans/" + plan));
    }
    pages.add(new Page("planner-a", "audit trail", "/audit"));
    pages.add(new Page("admin", "audit trail (security)", "/audit"));
    return pages;
  }

  static String get(String base, String user, String password, String path) throws Exception {
    return send(base, user, password, path, null);
  }

  static String send(String base, String user, String password, String path, String json)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
    if (json != null) {
      request
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(json));
    }
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                request
                    .header(
                        "Authorization",
                        "Basic "
                            + Base64.getEncoder()
                                .encodeToString(
                                    (user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    return response.statusCode() / 100 == 2 ? response.body() : "";
  }

  /** The first id named {@code field} in a list. */
  static String first(String json, String field) {
    Matcher m =
        Pattern.compile("\"" + field + "\"\\s*:\\s*\"([0-9a-f-]{36})\"").matcher(json);
    return m.find() ? m.group(1) : null;
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private PageWeight() {}
}
