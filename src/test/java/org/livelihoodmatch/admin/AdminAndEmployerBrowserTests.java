package org.livelihoodmatch.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.livelihoodmatch.Browser;
import org.livelihoodmatch.IntegrationTest;
import org.livelihoodmatch.TestFixtures;
import org.livelihoodmatch.organisation.Organisation;
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
 * On a phone (390 x 844) in English and in Khmer, in a real Chromium: an administrator makes an
 * account (meeting a refusal beside its field first) whose user then signs in; an employer signs
 * in, finds her company already filled in on the vacancy form, posts and sees where it stands.
 */
@IntegrationTest
class AdminAndEmployerBrowserTests {

  static final String NEW_PASSWORD = "mango kite river lantern";

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

  @ParameterizedTest
  @ValueSource(strings = {"en", "km"})
  void anAdministratorCreatesAUserWhoThenSignsIn(String lang) {
    TestFixtures fixtures = new TestFixtures(organisations);
    String adminName = TestFixtures.unique("admin");
    organisations.createUser(
        adminName,
        TestFixtures.PASSWORD,
        fixtures.organisation(OrganisationKind.ADMINISTRATION).id(),
        Set.of(Role.ADMIN));
    Organisation ngo = fixtures.organisation(OrganisationKind.NGO);
    openPhone();
    signIn(adminName, TestFixtures.PASSWORD, lang);

    click(browser.findElement(By.id("nav-admin")));
    wait.until(ExpectedConditions.urlMatches(".*/admin$"));
    assertThat(browser.findElement(By.tagName("h1")).getText())
        .isEqualTo(lang.equals("km") ? "ការគ្រប់គ្រងប្រព័ន្ធ" : "Administration");
    assertThat(fitsTheScreen()).isTrue();
    click(browser.findElement(By.id("new-user")));
    wait.until(ExpectedConditions.urlContains("/admin/users/new"));

    String username = TestFixtures.unique("sokha");
    new Select(browser.findElement(By.id("organisationId"))).selectByValue(ngo.id().toString());
    click(browser.findElement(By.id("role-OFFICER")));
    type("name", "Sokha Chan");
    type("username", username);
    type("password", "password1234");
    assertThat(fitsTheScreen()).isTrue();
    submit("create-user");

    WebElement error =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password-error")));
    assertThat(error.getText())
        .isEqualTo(
            lang.equals("km")
                ? "ងាយទាយត្រូវពេក៖ សូមជ្រើសពាក្យសម្ងាត់ដែលវែងជាងនេះ ឧទាហរណ៍"
                    + " ពាក្យច្រើនដែលមិនទាក់ទងគ្នា។"
                : "Too easy to guess: choose a longer one, for example several unrelated words.");
    assertThat(browser.findElement(By.id("username")).getAttribute("value")).isEqualTo(username);
    assertThat(browser.findElement(By.id("role-OFFICER")).isSelected()).isTrue();
    assertThat(fitsTheScreen()).isTrue();
    type("password", NEW_PASSWORD);
    submit("create-user");

    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("account-status")));
    assertThat(browser.findElement(By.id("account-status")).getText())
        .isEqualTo(lang.equals("km") ? "កំពុងដំណើរការ" : "Active");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(username);
    assertThat(fitsTheScreen()).isTrue();

    signOut();
    signIn(username, NEW_PASSWORD, lang);
    assertThat(browser.getCurrentUrl()).doesNotContain("/login");
    assertThat(browser.findElements(By.cssSelector("header a[href='/search']"))).hasSize(1);
    assertThat(browser.findElements(By.id("nav-admin"))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "km"})
  void anEmployerPostsWithHerCompanyFilledInAndSeesItsStatus(String lang) {
    Organisation company =
        organisations.setVerified(
            organisations
                .register(
                    TestFixtures.unique("Tonle Sap Weavers"),
                    OrganisationKind.EMPLOYER,
                    "12",
                    TestFixtures.unique("REG"),
                    "012 777 666",
                    "work@tonlesap.example",
                    "No. 8, Street 63, Phnom Penh")
                .id(),
            true);
    String username = TestFixtures.unique("weaver");
    organisations.createUser(username, TestFixtures.PASSWORD, company.id(), Set.of(Role.EMPLOYER));
    openPhone();
    signIn(username, TestFixtures.PASSWORD, lang);

    browser.get(url("/vacancies/new"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("posting-as")));
    assertThat(browser.findElement(By.id("employerName")).getAttribute("value"))
        .isEqualTo(company.name());
    assertThat(browser.findElement(By.id("employerPhone")).getAttribute("value"))
        .isEqualTo("012 777 666");
    assertThat(browser.findElement(By.id("employerAddress")).getAttribute("value"))
        .isEqualTo("No. 8, Street 63, Phnom Penh");
    String title = TestFixtures.unique(lang.equals("km") ? "ជាងត្បាញ" : "Loom weaver");
    Map.of(
            "title", title,
            "workplaceAddress", "No. 8, Street 63, Sangkat Boeung Keng Kang, Phnom Penh",
            "positions", "4",
            "monthlyWage", "220.00",
            "description", "Weaving silk scarves on hand looms; training on the job.")
        .forEach(this::type);
    new Select(browser.findElement(By.id("occupation"))).selectByValue("sewing-machine-operator");
    new Select(browser.findElement(By.id("province"))).selectByValue("12");
    ((JavascriptExecutor) browser)
        .executeScript(
            "arguments[0].value = arguments[1]",
            browser.findElement(By.id("startDate")),
            LocalDate.now().plusMonths(2).toString());
    assertThat(fitsTheScreen()).isTrue();
    WebElement send = browser.findElement(By.cssSelector("form.vacancy-form button[type=submit]"));
    click(send);
    Browser.waitForNextPage(browser, send);

    wait.until(ExpectedConditions.urlContains("/vacancies/submitted/VF-"));
    assertThat(browser.findElement(By.id("submission-status")).getText())
        .isEqualTo(lang.equals("km") ? "កំពុងរង់ចាំការពិនិត្យ" : "Waiting for review");
    assertThat(browser.findElement(By.id("decision-text")).getText())
        .startsWith(lang.equals("km") ? "មន្ត្រីមិនទាន់សម្រេច" : "An officer has not decided yet.");
    assertThat(fitsTheScreen()).isTrue();
    assertThat(
            jdbc.queryForObject(
                "select red_flags::text from vacancy where employer_id = ? and title = ?",
                String.class,
                company.id(),
                title))
        .doesNotContain("UNCONFIRMED_POSTER");

    browser.get(url("/employer/vacancies"));
    assertThat(browser.findElement(By.tagName("main")).getText()).contains(title);
    assertThat(fitsTheScreen()).isTrue();
  }

  private void openPhone() {
    browser = Browser.open(500, 844);
    // headless Chromium's windows are at least 500 px wide: a phone's 390 px is emulated
    ((HasCdp) browser)
        .executeCdpCommand(
            "Emulation.setDeviceMetricsOverride",
            Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  private void signIn(String username, String password, String lang) {
    browser.get(url("/login?lang=" + lang));
    browser.findElement(By.id("username")).sendKeys(username);
    browser.findElement(By.id("password")).sendKeys(password);
    WebElement button = browser.findElement(By.cssSelector("main button[type=submit]"));
    click(button);
    Browser.waitForNextPage(browser, button);
    wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(lang);
  }

  private void signOut() {
    WebElement button = browser.findElement(By.cssSelector("header form button"));
    click(button);
    Browser.waitForNextPage(browser, button);
  }

  private void type(String id, String text) {
    WebElement input = browser.findElement(By.id(id));
    input.clear();
    input.sendKeys(text);
  }

  private void submit(String id) {
    WebElement button = browser.findElement(By.id(id));
    click(button);
    Browser.waitForNextPage(browser, button);
  }

  private void click(WebElement element) {
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", element);
    element.click();
  }

  /** Nothing makes the page scroll sideways on the phone. */
  private boolean fitsTheScreen() {
    return Boolean.TRUE.equals(
        ((JavascriptExecutor) browser)
            .executeScript(
                "return document.documentElement.scrollWidth"
                    + " <= document.documentElement.clientWidth"));
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
