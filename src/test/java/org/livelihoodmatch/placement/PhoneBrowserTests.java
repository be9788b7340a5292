package org.livelihoodmatch.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.livelihoodmatch.Browser;
import org.livelihoodmatch.IntegrationTest;
import org.livelihoodmatch.TestFixtures;
import org.livelihoodmatch.organisation.OrganisationService;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An officer's phone (390 px) in a real Chromium: a visit recorded in a village without signal
 * waits in the phone's queue and is stored once when the phone is back online; the take-home sheet
 * of a client's option, in English and in Khmer, fits the phone and prints on one A4 page with its
 * budget bars in colour; the search page shows results first, its filters folded.
 */
@IntegrationTest
class PhoneBrowserTests {

  @LocalServerPort int port;
  @Autowired MockMvc mvc;
  @Autowired OrganisationService organisations;
  @Autowired Clock clock;
  @Autowired JdbcTemplate jdbc;

  WebDriver browser;
  WebDriverWait wait;

  @AfterEach
  void quit() {
    if (browser != null) {
      browser.quit();
    }
  }

  private void phone() {
    browser = Browser.open(500, 844);
    // headless Chromium's windows are at least 500 px wide: a phone's 390 px is emulated
    cdp(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  private Map<String, Object> cdp(String command, Map<String, Object> parameters) {
    return ((HasCdp) browser).executeCdpCommand(command, parameters);
  }

  private void signIn(String username) {
    browser.get("http://localhost:" + port + "/login");
    browser.findElement(By.id("username")).sendKeys(username);
    browser.findElement(By.id("password")).sendKeys(TestFixtures.PASSWORD);
    browser.findElement(By.cssSelector("form button[type=submit]")).click();
    wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
  }

  private Object js(String script, Object... args) {
    return ((JavascriptExecutor) browser).executeScript(script, args);
  }

  private void offline(boolean offline) {
    cdp("Network.enable", Map.of());
    cdp(
        "Network.emulateNetworkConditions",
        Map.of("offline", offline, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
  }

  private void fill(String id, String text) {
    js("arguments[0].value = arguments[1]", browser.findElement(By.id(id)), text);
  }

  private boolean fitsTheScreen() {
    return Boolean.TRUE.equals(
        js("return document.documentElement.scrollWidth <= document.documentElement.clientWidth"));
  }

  private int visitsStored(UUID placement) {
    return jdbc.queryForObject(
        "select count(*) from follow_up where placement_id = ?", Integer.class, placement);
  }

  @Test
  void aVisitRecordedWithoutSignalIsQueuedAndStoredOnceWhenThePhoneIsBackOnline() throws Exception {
    phone();
    PlacementFixtures f = new PlacementFixtures(mvc, organisations, clock, "06");
    UUID vacancy = f.vacancy(1, "260.00", f.today.plusDays(10));
    UUID client = f.client("Sovann");
    UUID placement =
        PlacementFixtures.id(
            f.place(
                client,
                PlacementFixtures.job(vacancy),
                ", \"startDate\": \"" + f.today.minusMonths(2) + "\""));
    signIn(f.officerName);

    // with signal: the caseload installs the service worker, the placement page is kept
    browser.get("http://localhost:" + port + "/caseload");
    // the worker is active once installed; the next page opened is the first it controls
    assertThat(
            ((JavascriptExecutor) browser)
                .executeAsyncScript(
                    "var done = arguments[arguments.length - 1];"
                        + "navigator.serviceWorker.ready.then(r => done(r.active.scriptURL));"))
        .asString()
        .endsWith("/sw.js");
    browser.get("http://localhost:" + port + "/placements/" + placement);
    wait.until(d -> Boolean.TRUE.equals(js("return navigator.serviceWorker.controller !== null")));
    wait.until(
        d ->
            Boolean.TRUE.equals(
                ((JavascriptExecutor) d)
                    .executeAsyncScript(
                        "var done = arguments[arguments.length - 1];"
                            + "caches.open('pages').then(c => c.match(location.pathname))"
                            + ".then(r => done(!!r));")));

    // in the village: no signal, the page opens from the phone and the visit waits there
    offline(true);
    wait.until(d -> Boolean.FALSE.equals(js("return navigator.onLine")));
    browser.navigate().refresh();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("visit-form")));
    fill("visit-visitDate", f.today.minusMonths(1).toString());
    browser.findElement(By.id("visit-stillInPlacement-yes")).click();
    fill("visit-monthlyIncome", "190.00");
    fill("visit-livingCosts-food", "55.00");
    fill("visit-livingCosts-accommodation", "40.00");
    fill("visit-livingCosts-transport", "10.00");
    fill("visit-livingCosts-other", "10.00");
    fill("visit-remittance", "20.00");
    browser.findElement(By.id("visit-concern-DEBT")).click();
    WebElement submit = browser.findElement(By.id("record-visit"));
    js("arguments[0].scrollIntoView()", submit);
    submit.click();

    WebElement queued =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#visit-queue-items li")));
    assertThat(queued.getText()).contains("Month 1").contains("waiting for signal");
    assertThat(browser.findElement(By.id("visit-queue-status")).getText())
        .contains("saved on this phone");
    assertThat(fitsTheScreen()).isTrue();
    assertThat(visitsStored(placement)).isZero();

    // back online: sent with the id the phone made, stored once, shown done
    offline(false);
    await().atMost(Duration.ofSeconds(30)).until(() -> visitsStored(placement) == 1);
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("visit-queue-status"), "were sent and stored"));
    assertThat(
            browser
                .findElement(By.cssSelector("#timeline li[data-month='1']"))
                .getAttribute("class"))
        .isEqualTo("done");
    assertThat(browser.findElements(By.cssSelector("#visit-queue-items li"))).isEmpty();
    UUID sentId =
        jdbc.queryForObject(
            "select client_visit_id from follow_up where placement_id = ?", UUID.class, placement);
    assertThat(sentId).isNotNull();
    // the same visit sent again (an answer lost on the way) is still stored once
    Object status =
        ((JavascriptExecutor) browser)
            .executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                    + "var body = {id: arguments[0], month: 1, visitDate: arguments[1],"
                    + " stillInPlacement: true, monthlyIncome: 190, livingCosts: {food: 55,"
                    + " accommodation: 40, transport: 10, other: 10}, remittance: 20};"
                    + "fetch('/api/v1/placements/' + arguments[2] + '/follow-ups', {method: 'POST',"
                    + " headers: {'Content-Type': 'application/json', 'X-CSRF-TOKEN':"
                    + " document.querySelector('meta[name=_csrf]').content},"
                    + " body: JSON.stringify(body)}).then(r => done(r.status));",
                sentId.toString(),
                f.today.minusMonths(1).toString(),
                placement.toString());
    assertThat(((Number) status).intValue()).isEqualTo(201);
    assertThat(visitsStored(placement)).isEqualTo(1);
  }

  @Test
  void theTakeHomeSheetFitsAPhoneAndPrintsOnOneA4PageInEnglishAndKhmer() throws Exception {
    phone();
    PlacementFixtures f = new PlacementFixtures(mvc, organisations, clock, "07");
    f.vacancy(1, "260.00", f.today.plusDays(10));
    UUID client = f.client("Chanthy");
    signIn(f.officerName);

    for (String lang : new String[] {"en", "km"}) {
      String sheet = "http://localhost:" + port + "/clients/" + client + "/sheet?option=1&lang=";
      // her option is there once the new vacancy is in the search index (within a second)
      await()
          .atMost(Duration.ofSeconds(10))
          .until(
              () -> {
                browser.get(sheet + lang);
                return !browser.findElements(By.cssSelector("#sheet h1")).isEmpty();
              });
      WebElement heading = browser.findElement(By.cssSelector("#sheet h1"));
      assertThat(heading.getText())
          .isEqualTo(lang.equals("en") ? "Your plan, Chanthy Test" : "ផែនការរបស់អ្នក Chanthy Test");
      assertThat(browser.findElements(By.cssSelector("#sheet-budget .segment.income")))
          .isNotEmpty();
      assertThat(fitsTheScreen()).isTrue();

      cdp("Emulation.setEmulatedMedia", Map.of("media", "print"));
      assertThat(browser.findElement(By.cssSelector("header.top")).isDisplayed()).isFalse();
      assertThat(
              js(
                  "return getComputedStyle(document.querySelector('#sheet-budget .segment'))"
                      + ".printColorAdjust"))
          .isEqualTo("exact");
      cdp("Emulation.setEmulatedMedia", Map.of("media", ""));

      Map<String, Object> pdf =
          cdp(
              "Page.printToPDF",
              Map.of(
                  "paperWidth",
                  8.27,
                  "paperHeight",
                  11.69,
                  "printBackground",
                  false,
                  "preferCSSPageSize",
                  true));
      String document =
          new String(
              Base64.getDecoder().decode((String) pdf.get("data")),
              java.nio.charset.StandardCharsets.ISO_8859_1);
      assertThat(document.split("/Type\\s*/Page[^s]", -1).length - 1)
          .as("pages of the %s sheet", lang)
          .isEqualTo(1);
    }
  }

  @Test
  void onAPhoneTheSearchShowsResultsFirstWithTheFiltersFolded() throws Exception {
    phone();
    PlacementFixtures f = new PlacementFixtures(mvc, organisations, clock, "08");
    f.vacancy(1, "260.00", f.today.plusDays(10));
    signIn(f.officerName);

    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () -> {
              browser.get("http://localhost:" + port + "/search?q=sewing&province=08");
              return !browser.findElements(By.cssSelector(".results .hit")).isEmpty();
            });
    WebElement filters = browser.findElement(By.id("search-filters"));
    assertThat(filters.getAttribute("open")).isNull();
    assertThat(browser.findElement(By.cssSelector("#search-filters > summary")).isDisplayed())
        .isTrue();
    assertThat(browser.findElement(By.cssSelector(".results")).getLocation().getY())
        .isLessThan(browser.findElement(By.cssSelector(".facets")).getLocation().getY());
    assertThat(fitsTheScreen()).isTrue();
  }
}
