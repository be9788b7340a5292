package org.livelihoodmatch.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.livelihoodmatch.Browser;
import org.livelihoodmatch.IntegrationTest;
import org.livelihoodmatch.OfficerFixtures;
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
import org.springframework.test.web.servlet.MockMvc;

/**
 * An officer's day on a phone (390 x 844), in English and in Khmer, in a real Chromium: she signs
 * in, registers a client with her birth date wrong first (the problem shown beside the field, her
 * answers kept), fixes it, finds her in the list of clients, opens her page, opens a match and its
 * vacancy's page, and reads the employer's phone. No page is wider than the screen.
 */
@IntegrationTest
class OfficerDayBrowserTests {

  @LocalServerPort int port;
  @Autowired MockMvc mvc;
  @Autowired OrganisationService organisations;
  @Autowired Clock clock;

  WebDriver browser;
  WebDriverWait wait;

  @AfterEach
  void quit() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void inEnglish() throws Exception {
    officersDay(
        "en", "Give her date of birth: a date in the past.", "Register a client", "Who to call");
  }

  @Test
  void inKhmer() throws Exception {
    officersDay(
        "km",
        "សូមផ្តល់ថ្ងៃខែឆ្នាំកំណើតរបស់នាង៖ កាលបរិច្ឆេទក្នុងអតីតកាល។",
        "ចុះឈ្មោះអតិថិជន",
        "អ្នកដែលត្រូវទូរស័ព្ទទៅ");
  }

  private void officersDay(
      String language, String birthDateProblem, String registerTitle, String whoToCall)
      throws Exception {
    OfficerFixtures f = new OfficerFixtures(mvc, organisations);
    LocalDate today = LocalDate.now(clock);
    String given = "Srey" + UUID.randomUUID().toString().substring(0, 6);
    UUID vacancy =
        f.vacancy(
            TestFixtures.unique("Hairdresser at Salon"),
            "hairdresser",
            "18",
            "280.00",
            today.plusDays(20),
            "");
    phone();
    String base = "http://localhost:" + port;

    browser.get(base + "/login?lang=" + language);
    browser.findElement(By.id("username")).sendKeys(f.officerName);
    browser.findElement(By.id("password")).sendKeys(TestFixtures.PASSWORD);
    browser.findElement(By.cssSelector("form button[type=submit]")).click();
    wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language);

    // register her, the birth date wrong first
    click(browser.findElement(By.id("home-register-client")));
    wait.until(ExpectedConditions.urlContains("/clients/new"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(registerTitle);
    assertThat(fitsTheScreen()).isTrue();
    type("givenName", given);
    type("familyName", "Chan");
    click(browser.findElement(By.id("sex-F")));
    type("birthDate", today.plusYears(1).toString());
    new Select(browser.findElement(By.id("homeProvince"))).selectByValue("18");
    new Select(browser.findElement(By.id("literacy"))).selectByValue("BASIC");
    new Select(browser.findElement(By.id("skills0-occupation"))).selectByValue("hairdresser");
    new Select(browser.findElement(By.id("skills0-level"))).selectByValue("TRAINED");
    new Select(browser.findElement(By.id("preferences-occupations0"))).selectByValue("hairdresser");
    type("household-monthlyRemittance", "20");
    submit("save-client");

    WebElement problem = browser.findElement(By.id("birthDate-error"));
    assertThat(problem.getText()).isEqualTo(birthDateProblem);
    assertThat(browser.findElement(By.id("birthDate")).getAttribute("aria-describedby"))
        .contains("birthDate-error");
    assertThat(browser.findElement(By.id("givenName")).getAttribute("value")).isEqualTo(given);
    assertThat(
            new Select(browser.findElement(By.id("skills0-occupation")))
                .getFirstSelectedOption()
                .getAttribute("value"))
        .isEqualTo("hairdresser");
    assertThat(fitsTheScreen()).isTrue();
    type("birthDate", "2002-05-14");
    submit("save-client");
    wait.until(ExpectedConditions.urlMatches("/clients/[0-9a-f-]{36}$"));
    String clientPage = browser.getCurrentUrl();
    assertThat(browser.findElement(By.cssSelector("p.notice")).getText()).contains(given);

    // find her in the list of clients, the filters folded away on a phone
    click(browser.findElement(By.cssSelector("header a[href='/clients']")));
    wait.until(ExpectedConditions.urlToBe(base + "/clients"));
    assertThat(browser.findElement(By.id("client-filters")).isDisplayed()).isFalse();
    click(browser.findElement(By.cssSelector("label.fold-button")));
    assertThat(browser.findElement(By.id("client-filters")).isDisplayed()).isTrue();
    WebElement row =
        browser.findElement(By.xpath("//table[@id='clients']//tr[contains(., '" + given + "')]"));
    assertThat(fitsTheScreen()).isTrue();
    click(row.findElement(By.cssSelector("a.name")));
    wait.until(ExpectedConditions.urlToBe(clientPage));

    // her best options: the job at the salon opens its vacancy's page
    By match = By.cssSelector("a.open-vacancy[href='/vacancies/" + vacancy + "']");
    new WebDriverWait(browser, Duration.ofSeconds(15))
        .until(
            driver -> {
              if (driver.findElements(match).isEmpty()) {
                driver.navigate().refresh(); // the search index takes up to a second
                return false;
              }
              return true;
            });
    WebElement card =
        browser.findElement(
            By.xpath(
                "//article[contains(@class,'match')][.//a[@href='/vacancies/" + vacancy + "']]"));
    assertThat(card.getText())
        .contains(f.employerOrganisation.name())
        .contains(OfficerFixtures.EMPLOYER_PHONE);
    assertThat(fitsTheScreen()).isTrue();
    click(browser.findElement(match));
    wait.until(ExpectedConditions.urlContains("/vacancies/" + vacancy));
    assertThat(browser.findElement(By.id("call-title")).getText()).isEqualTo(whoToCall);
    WebElement phone = browser.findElement(By.cssSelector("#who-to-call a.phone"));
    assertThat(phone.getText()).isEqualTo(OfficerFixtures.EMPLOYER_PHONE);
    assertThat(phone.getAttribute("href")).isEqualTo("tel:012555010");
    assertThat(browser.findElement(By.cssSelector(".employer")).getText())
        .isEqualTo(f.employerOrganisation.name());
    assertThat(fitsTheScreen()).isTrue();
  }

  /** A phone's screen: headless Chromium's windows are at least 500 px wide, so 390 is emulated. */
  private void phone() {
    browser = Browser.open(500, 844);
    ((org.openqa.selenium.chromium.HasCdp) browser)
        .executeCdpCommand(
            "Emulation.setDeviceMetricsOverride",
            Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  private void type(String id, String text) {
    WebElement input = browser.findElement(By.id(id));
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", input);
    input.clear();
    ((JavascriptExecutor) browser)
        .executeScript("arguments[0].value = arguments[1]", input, text); // date inputs too
  }

  private void click(WebElement element) {
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", element);
    element.click();
  }

  private void submit(String id) {
    WebElement button = browser.findElement(By.id(id));
    click(button);
    Browser.waitForNextPage(browser, button);
  }

  /** Nothing makes the page scroll sideways on a phone. */
  private boolean fitsTheScreen() {
    Object fits =
        ((JavascriptExecutor) browser)
            .executeScript(
                "return document.documentElement.scrollWidth"
                    + " <= document.documentElement.clientWidth");
    return Boolean.TRUE.equals(fits);
  }
}
