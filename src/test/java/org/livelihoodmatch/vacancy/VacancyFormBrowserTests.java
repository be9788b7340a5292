package org.livelihoodmatch.vacancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
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
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The public form in a real headless Chromium: an employer fills it in Khmer on a phone and in
 * English on a desktop, meets a refusal, sends a lawful vacancy, and an officer approves it.
 */
@IntegrationTest
class VacancyFormBrowserTests {

  @LocalServerPort int port;
  @Autowired OrganisationService organisations;
  @Autowired JdbcTemplate jdbc;
  WebDriver browser;
  WebDriverWait wait;

  @AfterEach
  void quit() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void anEmployerOnAPhoneFillsTheFormInKhmerIsRefusedForFeesOutlivesItsSessionAndSendsIt() {
    open(1280, 900);
    emulatePhone(360, 780);
    browser.get(url("/vacancies/new?lang=km"));
    assertThat(viewport("window.innerWidth")).isEqualTo(360);
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("km");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("ប្រកាសការងារ");
    assertThat(pageWidth()).as("no sideways scrolling at 360 px").isLessThanOrEqualTo(360);
    String employer = TestFixtures.unique("ហាងកាត់ដេរ សុខា");
    fill(employer, "ជាងកាត់ដេរ", "tailor", "20", "180");
    browser.findElement(By.id("workerPaysFees-yes")).click();
    submit();

    WebElement summary =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")));
    assertThat(summary.getAttribute("role")).isEqualTo("alert");
    WebElement feesError = browser.findElement(By.id("workerPaysFees-error"));
    assertThat(feesError.getText()).contains("កម្មករមិនត្រូវបង់ថ្លៃជ្រើសរើស");
    assertThat(browser.findElement(By.id("workerPaysFees")).getAttribute("aria-describedby"))
        .contains("workerPaysFees-error");
    assertThat(browser.findElement(By.id("employerName")).getAttribute("value"))
        .isEqualTo(employer);
    assertThat(count(employer)).isZero();

    browser.findElement(By.id("workerPaysFees-no")).click();
    // The session runs out while the employer corrects the form: nothing is stored, nothing lost.
    browser.manage().deleteAllCookies();
    submit();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")));
    assertThat(browser.findElement(By.id("error-summary")).getText())
        .contains("គ្មានអ្វីត្រូវបានផ្ញើទេ");
    assertThat(browser.findElement(By.id("employerName")).getAttribute("value"))
        .isEqualTo(employer);
    assertThat(browser.findElement(By.id("workerPaysFees-no")).isSelected()).isTrue();
    assertThat(count(employer)).isZero();
    submit();
    wait.until(ExpectedConditions.urlContains("/vacancies/submitted/VF-"));
    assertThat(browser.findElement(By.id("reference")).getText()).startsWith("VF-");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("បានទទួលការងារ");
    assertThat(count(employer)).isEqualTo(1);
  }

  @Test
  void anEnglishOfferBelowTheFloorIsRefusedThenSentAndAnOfficerApprovesIt() {
    open(1280, 900);
    browser.get(url("/vacancies/new?lang=en"));
    String employer = TestFixtures.unique("Sokha Garments");
    String title = TestFixtures.unique("Sewing machine operator");
    fill(employer, title, "sewing-machine-operator", "12", "150");
    submit();
    WebElement wageError =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("monthlyWage-error")));
    assertThat(wageError.getText()).contains("below the legal minimum of US$210.00");
    assertThat(browser.findElement(By.id("wage-selected")).getText()).contains("210.00");
    WebElement wage = browser.findElement(By.id("monthlyWage"));
    wage.clear();
    wage.sendKeys("215.00");
    submit();
    wait.until(ExpectedConditions.urlContains("/vacancies/submitted/VF-"));
    assertThat(browser.getPageSource()).contains("What happens next", title);
    String reference = browser.findElement(By.id("reference")).getText();

    signInAsOfficer();
    browser.get(url("/vacancies/review"));
    browser.findElement(By.id("reference")).sendKeys(reference);
    WebElement find = browser.findElement(By.cssSelector("form.find-reference button"));
    find.click();
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), title));
    assertThat(browser.findElement(By.id("employer-verified")).getText()).isEqualTo("Not verified");
    browser.findElement(By.id("verify-employer")).click();
    wait.until(ExpectedConditions.textToBe(By.id("employer-verified"), "Verified"));
    browser.findElement(By.id("approve")).click();
    wait.until(ExpectedConditions.urlMatches(".*/vacancies/review$"));
    assertThat(browser.getPageSource())
        .contains("The vacancy is approved and published.")
        .doesNotContain(title);
    assertThat(
            jdbc.queryForObject(
                "select v.status from vacancy v join organisation o on o.id = v.employer_id"
                    + " where o.name = ?",
                String.class,
                employer))
        .isEqualTo("OPEN");
  }

  private void open(int width, int height) {
    browser = Browser.open(width, height);
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  private void fill(
      String employer, String title, String occupation, String province, String wage) {
    Map<String, String> text =
        Map.of(
            "employerName", employer,
            "employerPhone", "012 345 678",
            "employerAddress", "No. 12, Street 105, Svay Rieng town",
            "title", title,
            "workplaceAddress", "No. 12, Street 105, Sangkat Svay Rieng, Svay Rieng",
            "positions", "3",
            "monthlyWage", wage,
            "description", "Sewing and alterations; training on the job.");
    text.forEach(
        (id, value) -> {
          WebElement input = browser.findElement(By.id(id));
          input.clear();
          input.sendKeys(value);
        });
    new Select(browser.findElement(By.id("occupation"))).selectByValue(occupation);
    new Select(browser.findElement(By.id("province"))).selectByValue(province);
    WebElement start = browser.findElement(By.id("startDate"));
    ((JavascriptExecutor) browser)
        .executeScript(
            "arguments[0].value = arguments[1]", start, LocalDate.now().plusMonths(2).toString());
    for (String no : Set.of("providesAccommodation-no", "crossBorder-no")) {
      browser.findElement(By.id(no)).click();
    }
  }

  private void submit() {
    WebElement button =
        browser.findElement(By.cssSelector("form.vacancy-form button[type=submit]"));
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", button);
    button.click();
    Browser.waitForNextPage(browser, button);
  }

  private void signInAsOfficer() {
    String username = TestFixtures.unique("officer");
    organisations.createUser(
        username,
        TestFixtures.PASSWORD,
        new TestFixtures(organisations).organisation(OrganisationKind.NGO).id(),
        Set.of(Role.OFFICER));
    browser.get(url("/login"));
    browser.findElement(By.id("username")).sendKeys(username);
    browser.findElement(By.id("password")).sendKeys(TestFixtures.PASSWORD);
    WebElement button = browser.findElement(By.cssSelector("main button[type=submit]"));
    button.click();
    Browser.waitForNextPage(browser, button);
  }

  /** A phone's viewport: a desktop window cannot be narrower than about 500 px. */
  private void emulatePhone(int width, int height) {
    ((HasCdp) browser)
        .executeCdpCommand(
            "Emulation.setDeviceMetricsOverride",
            Map.of("width", width, "height", height, "deviceScaleFactor", 2, "mobile", true));
  }

  private long viewport(String expression) {
    return (Long) ((JavascriptExecutor) browser).executeScript("return " + expression);
  }

  private long pageWidth() {
    return viewport("document.documentElement.scrollWidth");
  }

  private int count(String employer) {
    return jdbc.queryForObject(
        "select count(*) from vacancy v join organisation o on o.id = v.employer_id"
            + " where o.name = ?",
        Integer.class,
        employer);
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
