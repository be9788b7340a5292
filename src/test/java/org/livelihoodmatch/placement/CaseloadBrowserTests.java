package org.livelihoodmatch.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An officer on a phone-wide screen (390 px) goes from the caseload to an overdue placement,
 * records the visit with the form (no JavaScript needed) and finds the month done, the page no
 * wider than the screen.
 */
@IntegrationTest
class CaseloadBrowserTests {

  @LocalServerPort int port;
  @Autowired MockMvc mvc;
  @Autowired OrganisationService organisations;
  @Autowired Clock clock;

  WebDriver browser;

  @AfterEach
  void quit() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void anOfficerOnAPhoneRecordsAnOverdueVisitFromTheCaseload() throws Exception {
    browser = Browser.open(500, 844);
    // headless Chromium's windows are at least 500 px wide: a phone's 390 px is emulated
    ((org.openqa.selenium.chromium.HasCdp) browser)
        .executeCdpCommand(
            "Emulation.setDeviceMetricsOverride",
            java.util.Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
    PlacementFixtures f = new PlacementFixtures(mvc, organisations, clock, "03");
    UUID vacancy = f.vacancy(1, "260.00", f.today.plusDays(10));
    UUID client = f.client("Sokunthea");
    UUID placement =
        PlacementFixtures.id(
            f.place(
                client,
                PlacementFixtures.job(vacancy),
                ", \"startDate\": \"" + f.today.minusMonths(2) + "\""));
    String base = "http://localhost:" + port;
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));

    browser.get(base + "/login");
    browser.findElement(By.id("username")).sendKeys(f.officerName);
    browser.findElement(By.id("password")).sendKeys(TestFixtures.PASSWORD);
    browser.findElement(By.cssSelector("form button[type=submit]")).click();
    wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));

    browser.findElement(By.linkText("Caseload")).click();
    wait.until(ExpectedConditions.urlContains("/caseload"));
    WebElement row =
        browser.findElement(By.cssSelector("#caseload tr[data-placement='" + placement + "']"));
    assertThat(row.getText()).contains("OVERDUE");
    assertThat(fitsTheScreen()).isTrue();
    row.findElement(By.cssSelector("a.open")).click();
    wait.until(ExpectedConditions.urlContains("/placements/" + placement));

    assertThat(
            browser
                .findElement(By.cssSelector("#timeline li[data-month='1']"))
                .getAttribute("class"))
        .isEqualTo("overdue");
    // a word for a number comes back beside its field, kept as typed
    fill("visit-monthlyIncome", "lots");
    WebElement bad = browser.findElement(By.id("record-visit"));
    bad.click();
    Browser.waitForNextPage(browser, bad);
    ((JavascriptExecutor) browser)
        .executeScript("document.getElementById('timeline').scrollIntoView()");
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
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", submit);
    submit.click();
    Browser.waitForNextPage(browser, submit);

    assertThat(browser.findElement(By.cssSelector("p.notice")).getText())
        .contains("Visit of month 1 recorded: US$55.00 left over.")
        .contains("At risk");
    WebElement month1 = browser.findElement(By.cssSelector("#timeline li[data-month='1']"));
    assertThat(month1.getAttribute("class")).isEqualTo("done");
    assertThat(month1.getText()).contains("US$55.00 left over").contains("Debt");
    assertThat(fitsTheScreen()).isTrue();
  }

  private void fill(String id, String text) {
    WebElement input = browser.findElement(By.id(id));
    input.clear();
    ((JavascriptExecutor) browser)
        .executeScript("arguments[0].value = arguments[1]", input, text); // date inputs too
  }

  /** Nothing makes the page scroll sideways on a phone. */
  private boolean fitsTheScreen() {
    Object wider =
        ((JavascriptExecutor) browser)
            .executeScript(
                "return document.documentElement.scrollWidth"
                    + " <= document.documentElement.clientWidth");
    return Boolean.TRUE.equals(wider);
  }
}
