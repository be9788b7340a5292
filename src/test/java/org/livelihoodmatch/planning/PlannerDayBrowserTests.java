package org.livelihoodmatch.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A planner's day on a phone (390 x 844), in English and in Khmer: she runs a small plan with a
 * short time limit and reads it in her words (no solver score in the summary, case codes that open
 * the client, a chart whose axes say what they count), and the language switch keeps what she typed
 * into a search.
 */
@IntegrationTest
class PlannerDayBrowserTests {

  private static final String PROVINCE = "22";

  @LocalServerPort int port;
  @Autowired MockMvc mvc;
  @Autowired OrganisationService organisations;
  @Autowired JdbcTemplate jdbc;

  WebDriver browser;

  @AfterEach
  void quit() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void aPlannerRunsAndReadsAPlanInEnglish() throws Exception {
    runAndRead(
        "en",
        "placed 2 of 2 (priority-weighted ",
        "Time (seconds)",
        "Clients placed",
        "Wishes met");
  }

  @Test
  void aPlannerRunsAndReadsAPlanInKhmer() throws Exception {
    runAndRead(
        "km",
        "បានដាក់ 2 នាក់ ក្នុងចំណោម 2 នាក់",
        "ពេលវេលា (វិនាទី)",
        "អតិថិជនដែលបានដាក់",
        "បំណងប្រាថ្នាដែលបានបំពេញ");
    // the page's Khmer is drawn with the font the application serves, not boxes
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    wait.until(
        d ->
            (Boolean)
                ((JavascriptExecutor) d)
                    .executeScript(
                        "return Array.from(document.fonts).some(function (f) {"
                            + " return f.family.indexOf('Noto Sans Khmer') >= 0"
                            + " && f.status === 'loaded'; });"));
  }

  @Test
  void theLanguageSwitchKeepsTheTypedSearchAndTheQueryString() throws Exception {
    PlanFixtures f = new PlanFixtures(mvc, organisations, jdbc, PROVINCE);
    browser = Browser.open(390, 844);
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    signIn(f, wait);

    browser.get(base() + "/search?type=VACANCY&lang=en");
    browser.findElement(By.id("q")).sendKeys("motorbike repair");
    switchTo("km", wait);
    assertThat(browser.getCurrentUrl()).contains("type=VACANCY").contains("lang=km");
    assertThat(browser.findElement(By.id("q")).getAttribute("value")).isEqualTo("motorbike repair");

    // and back, on the new-plan form: the name typed and the mode chosen stay
    browser.get(base() + "/plans");
    browser.findElement(By.id("name")).sendKeys("ក្រុមខែមករា");
    browser.findElement(By.cssSelector("input[name=mode][value=clients]")).click();
    switchTo("en", wait);
    assertThat(browser.findElement(By.id("name")).getAttribute("value")).isEqualTo("ក្រុមខែមករា");
    assertThat(browser.findElement(By.cssSelector("input[name=mode][value=clients]")).isSelected())
        .isTrue();
  }

  private void runAndRead(
      String language, String summary, String xAxis, String yAxis, String constraint)
      throws Exception {
    PlanFixtures f = new PlanFixtures(mvc, organisations, jdbc, PROVINCE);
    f.scarceSeat();
    browser = Browser.open(390, 844);
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    signIn(f, wait);

    browser.get(base() + "/plans?lang=" + language);
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
    browser.findElement(By.id("name")).sendKeys("Pursat " + language);
    WebElement limit = browser.findElement(By.id("timeLimitSeconds"));
    limit.clear();
    limit.sendKeys("2");
    browser.findElement(By.cssSelector("input[name=mode][value=filter]")).click();
    new Select(browser.findElement(By.id("province"))).selectByValue(PROVINCE);
    browser.findElement(By.id("start-plan")).click();

    wait.until(ExpectedConditions.urlMatches("/plans/[0-9a-f-]{36}$"));
    wait.until(ExpectedConditions.attributeToBe(By.id("plan-status"), "data-status", "DONE"));

    String shown = browser.findElement(By.id("plan-summary")).getText();
    assertThat(shown).startsWith(summary).doesNotContainPattern("hard|medium|soft");
    assertThat(browser.findElement(By.id("plan-progress")).getText())
        .doesNotContainPattern("-?\\d+hard/");

    // each client's case code opens her page
    List<WebElement> codes = browser.findElements(By.cssSelector("#assignments a.client-code"));
    assertThat(codes).hasSize(2);
    assertThat(codes)
        .allSatisfy(a -> assertThat(a.getAttribute("href")).matches(".*/clients/[0-9a-f-]{36}$"));

    // the chart names what its axes count, in the page's language (on a phone it comes when asked
    // for: ECharts is a third of a megabyte)
    browser.findElement(By.id("show-chart")).click();
    wait.until(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector("#progress-chart svg text")));
    List<String> texts =
        browser.findElements(By.cssSelector("#progress-chart svg text")).stream()
            .map(t -> t.getAttribute("textContent"))
            .toList();
    assertThat(texts).contains(xAxis, yAxis);

    assertThat(browser.findElement(By.id("explanation")).getText()).contains(constraint);
    String page = browser.findElement(By.tagName("main")).getText();
    assertThat(page).doesNotContain("Pathway p").doesNotContain("DONE");

    codes.get(0).click();
    wait.until(ExpectedConditions.urlMatches("/clients/[0-9a-f-]{36}$"));
  }

  private void switchTo(String language, WebDriverWait wait) {
    WebElement link =
        browser.findElement(By.cssSelector("a.lang-switch[data-lang=" + language + "]"));
    link.click();
    Browser.waitForNextPage(browser, link);
    wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", language));
  }

  private void signIn(PlanFixtures f, WebDriverWait wait) {
    browser.get(base() + "/login");
    browser.findElement(By.id("username")).sendKeys(f.plannerName);
    browser.findElement(By.id("password")).sendKeys(TestFixtures.PASSWORD);
    browser.findElement(By.cssSelector("form button[type=submit]")).click();
    wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
  }

  private String base() {
    return "http://localhost:" + port;
  }
}
