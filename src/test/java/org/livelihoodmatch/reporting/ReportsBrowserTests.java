package org.livelihoodmatch.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.livelihoodmatch.Browser;
import org.livelihoodmatch.IntegrationTest;
import org.livelihoodmatch.TestFixtures;
import org.livelihoodmatch.organisation.OrganisationKind;
import org.livelihoodmatch.organisation.OrganisationService;
import org.livelihoodmatch.organisation.Role;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A provincial office's reporter signs in, opens the reports from the navigation, sees the three
 * charts drawn (ECharts' canvases, scripts from the service itself under its content security
 * policy) and the table, in English and then in Khmer, and downloads the CSV the page links to.
 */
@IntegrationTest
class ReportsBrowserTests {

  @LocalServerPort int port;
  @Autowired MockMvc mvc;
  @Autowired OrganisationService organisations;
  @Autowired Clock clock;

  @Autowired JdbcTemplate jdbc;

  WebDriver browser;
  ReportFixtures ngo;

  @AfterEach
  void quit() {
    if (browser != null) {
      browser.quit();
    }
    if (ngo != null) {
      ngo.forget(jdbc);
    }
  }

  @Test
  void aReporterSeesTheChartsAndTheTableInEnglishAndKhmerAndDownloadsTheCsv() throws Exception {
    browser = Browser.open();
    ngo = new ReportFixtures(mvc, organisations, clock);
    for (int i = 0; i < 6; i++) {
      UUID placement = ngo.placed("10", i % 2 == 0 ? "F" : "M", ngo.today.minusMonths(7));
      if (i < 2) {
        ngo.end(placement, ngo.today.minusMonths(5), "LEFT_JOB");
      }
    }
    String username = TestFixtures.unique("reporter");
    organisations.createUser(
        username,
        TestFixtures.PASSWORD,
        new TestFixtures(organisations).organisation(OrganisationKind.GOVERNMENT).id(),
        Set.of(Role.REPORTER));
    String base = "http://localhost:" + port;
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));

    browser.get(base + "/login?lang=en");
    browser.findElement(By.id("username")).sendKeys(username);
    browser.findElement(By.id("password")).sendKeys(TestFixtures.PASSWORD);
    browser.findElement(By.cssSelector("form button[type=submit]")).click();
    wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    assertThat(browser.findElements(By.linkText("Caseload"))).isEmpty();
    browser.findElement(By.cssSelector("header a[href='/reports']")).click();
    wait.until(ExpectedConditions.urlContains("/reports"));

    assertChartsDrawn(wait);
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Reports");
    WebElement kratie = browser.findElement(By.cssSelector("#report tr[data-group='10']"));
    assertThat(kratie.getText()).startsWith("Kratie");
    assertThat(browser.findElement(By.cssSelector("#report tfoot tr")).getText())
        .startsWith("Total");

    browser.findElement(By.linkText("ខ្មែរ")).click();
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "របាយការណ៍"));
    assertChartsDrawn(wait);
    assertThat(browser.findElement(By.cssSelector("#report tr[data-group='10']")).getText())
        .startsWith("ក្រចេះ");
    assertThat(browser.findElement(By.id("report-charts")).getAttribute("data-label-threshold"))
        .isEqualTo("កម្រិត");

    String href = browser.findElement(By.id("download-csv")).getAttribute("href");
    assertThat(href).startsWith(base + "/api/v1/reports/outcomes.csv?groupBy=province");
    @SuppressWarnings("unchecked")
    Map<String, Object> download =
        (Map<String, Object>)
            ((JavascriptExecutor) browser)
                .executeAsyncScript(
                    "var done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'})"
                        + ".then(function (r) { return r.text().then(function (t) {"
                        + " done({status: r.status, type: r.headers.get('Content-Type'),"
                        + " disposition: r.headers.get('Content-Disposition'), text: t}); }); })"
                        + ".catch(function (e) { done({status: -1, text: String(e)}); });",
                    href);
    assertThat(download.get("status")).isEqualTo(200L);
    assertThat((String) download.get("type")).startsWith("text/csv");
    assertThat((String) download.get("disposition")).startsWith("attachment; filename=");
    List<String> lines = ((String) download.get("text")).lines().toList();
    assertThat(lines.get(0)).startsWith("group,label,placed,");
    assertThat(lines).anyMatch(l -> l.startsWith("10,ក្រចេះ,"));
    assertThat(lines.get(lines.size() - 1)).startsWith("TOTAL,សរុប,");
  }

  private void assertChartsDrawn(WebDriverWait wait) {
    wait.until(ExpectedConditions.attributeToBe(By.id("report-charts"), "data-drawn", "3"));
    for (String chart : List.of("chart-groups", "chart-retention", "chart-surplus")) {
      WebElement canvas = browser.findElement(By.cssSelector("#" + chart + " canvas"));
      assertThat(canvas.getSize().getWidth()).as(chart).isGreaterThan(100);
      assertThat(canvas.getSize().getHeight()).as(chart).isGreaterThan(100);
    }
  }
}
