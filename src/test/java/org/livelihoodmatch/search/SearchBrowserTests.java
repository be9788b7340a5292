package org.livelihoodmatch.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.livelihoodmatch.Browser;
import org.livelihoodmatch.IntegrationTest;
import org.livelihoodmatch.TestFixtures;
import org.livelihoodmatch.client.ClientChanged;
import org.livelihoodmatch.organisation.Organisation;
import org.livelihoodmatch.organisation.OrganisationKind;
import org.livelihoodmatch.organisation.OrganisationService;
import org.livelihoodmatch.organisation.Role;
import org.livelihoodmatch.vacancy.VacancyService;
import org.livelihoodmatch.vacancy.VacancyStatus;
import org.livelihoodmatch.vacancy.VacancyTerms;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An officer in a real (headless) Chromium: signs in through the form, searches in Khmer and in
 * English, narrows by clicking a facet, and opens a client with her matches and budget charts, on a
 * phone's 360 px screen.
 */
@IntegrationTest
class SearchBrowserTests {

  static final String PREFIX = "Browser test ";
  static final String PAILIN = "24";

  @LocalServerPort int port;
  @Autowired OrganisationService organisations;
  @Autowired VacancyService vacancies;
  @Autowired JdbcTemplate jdbc;
  @Autowired ApplicationEventPublisher events;
  @Autowired PlatformTransactionManager transactions;

  WebDriver browser;
  Organisation ngo;
  Organisation employer;
  String username;

  @BeforeEach
  void setUp() {
    browser = Browser.open(360, 800);
    // a phone's viewport: headless windows do not get narrower than 500 px on their own
    ((ChromeDriver) browser)
        .executeCdpCommand(
            "Emulation.setDeviceMetricsOverride",
            Map.of("width", 360, "height", 800, "deviceScaleFactor", 1, "mobile", true));
    // earlier runs' vacancies would crowd the first page of results: close them
    jdbc.queryForList(
            "select id from vacancy where title like ? and status = 'OPEN'",
            UUID.class,
            PREFIX + "%")
        .forEach(id -> vacancies.decide(id, VacancyStatus.CLOSED, "tidy up"));
    ngo = new TestFixtures(organisations).organisation(OrganisationKind.NGO);
    employer = new TestFixtures(organisations).organisation(OrganisationKind.EMPLOYER);
    username = TestFixtures.unique("browser");
    organisations.createUser(username, TestFixtures.PASSWORD, ngo.id(), Set.of(Role.OFFICER));
  }

  @AfterEach
  void quit() {
    if (browser != null) {
      browser.quit();
    }
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  private void signIn() {
    browser.get(url("/login"));
    browser.findElement(By.id("username")).sendKeys(username);
    browser.findElement(By.id("password")).sendKeys(TestFixtures.PASSWORD);
    browser.findElement(By.cssSelector("form button[type=submit]")).click();
    await().atMost(Duration.ofSeconds(10)).until(() -> !browser.getCurrentUrl().contains("/login"));
  }

  private void search(String words) {
    WebElement box = browser.findElement(By.id("q"));
    box.clear();
    box.sendKeys(words);
    browser.findElement(By.cssSelector(".search-box button")).click();
    waitForNextPage(box);
  }

  /** Waits until the page that held {@code element} has been replaced by the next one. */
  private void waitForNextPage(WebElement element) {
    Browser.waitForNextPage(browser, element);
  }

  private List<String> resultIds() {
    return browser.findElements(By.cssSelector("article.hit")).stream()
        .map(card -> card.getAttribute("data-id"))
        .toList();
  }

  private void clickFacet(String facet, String value) {
    // on a phone the filters are folded after the results (issue 11): the officer opens them first
    WebElement filters = browser.findElement(By.id("search-filters"));
    if (filters.getAttribute("open") == null) {
      filters.findElement(By.tagName("summary")).click();
    }
    WebElement link =
        browser.findElement(
            By.cssSelector(
                "[data-facet='" + facet + "'] a.facet-link[data-value='" + value + "']"));
    link.click();
    waitForNextPage(link);
  }

  private boolean fitsTheScreen() {
    Object fits =
        ((JavascriptExecutor) browser)
            .executeScript("return document.documentElement.scrollWidth <= window.innerWidth + 1;");
    return Boolean.TRUE.equals(fits);
  }

  private UUID postVacancy(String title, String occupation, String province) {
    VacancyTerms terms =
        new VacancyTerms(
            title,
            occupation,
            province,
            "Market street, Pailin town",
            2,
            new BigDecimal("260.00"),
            48,
            false,
            false,
            18,
            LocalDate.now().plusMonths(1),
            false,
            false,
            false,
            "Repairs of engines and brakes",
            null);
    return vacancies.post(terms, terms, employer.id(), "TEST", false).id();
  }

  @Test
  void anOfficerFindsAMotorcycleMechanicInKhmerAndEnglishAndNarrowsByAFacet() {
    String mechanic = postVacancy(PREFIX + "mechanic", "motorcycle-mechanic", PAILIN).toString();
    signIn();
    browser.get(url("/search?lang=km"));
    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(
            () -> {
              search("ជួសជុលម៉ូតូ");
              clickFacet("province", PAILIN);
              assertThat(resultIds()).contains(mechanic);
            });
    assertThat(browser.findElement(By.cssSelector(".active-filters")).getText()).contains("ប៉ៃលិន");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("ស្វែងរក");
    assertThat(fitsTheScreen()).isTrue();

    browser.get(url("/search?lang=en"));
    search("moto repair");
    clickFacet("province", PAILIN);
    assertThat(resultIds()).contains(mechanic);
    clickFacet("type", "VACANCY");
    assertThat(browser.findElements(By.cssSelector("article.hit")))
        .allSatisfy(card -> assertThat(card.getAttribute("data-type")).isEqualTo("VACANCY"));
    assertThat(
            browser
                .findElement(By.cssSelector("article.hit[data-id='" + mechanic + "']"))
                .getText())
        .contains("Pailin");
    assertThat(fitsTheScreen()).isTrue();
  }

  @Test
  void anOfficerOpensHerClientAndSeesHerMatchesWithBudgetCharts() {
    postVacancy(PREFIX + "hairdresser", "hairdresser", PAILIN);
    String name = "Sokha" + UUID.randomUUID().toString().substring(0, 6);
    UUID client = UUID.randomUUID();
    jdbc.update(
        "insert into client (id, version, organisation_id, code, given_name, family_name, sex,"
            + " birth_date, home_province, languages, literacy, pref_occupations, pref_provinces,"
            + " pref_willing_to_relocate, pref_self_employment, hh_dependants,"
            + " hh_monthly_remittance, hh_can_live_at_home, avoid_provinces,"
            + " needs_health_clinic, status) values (?, 0, ?, ?, ?, 'Chea', 'F', '2002-03-01',"
            + " ?, '{km}', 'BASIC', '{hairdresser}', '{}', false, true, 2, 20, true, '{}',"
            + " false, 'ACTIVE')",
        client,
        ngo.id(),
        "B" + name,
        name,
        PAILIN);
    jdbc.update(
        "insert into client_skill (client_id, idx, occupation, level) values (?, 0, 'hairdresser',"
            + " 'TRAINED')",
        client);
    // as the client service does after registering her: the index learns of her after commit
    new TransactionTemplate(transactions)
        .executeWithoutResult(tx -> events.publishEvent(new ClientChanged(client, ngo.id())));
    signIn();
    browser.get(url("/search?lang=en&type=CLIENT"));
    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(
            () -> {
              search(name);
              assertThat(resultIds()).containsExactly(client.toString());
            });
    browser.findElement(By.cssSelector("article.hit h3 a")).click();
    assertThat(browser.getCurrentUrl()).endsWith("/clients/" + client);
    assertThat(browser.findElement(By.tagName("h1")).getText()).contains(name + " Chea");
    List<WebElement> matches = browser.findElements(By.cssSelector("article.match"));
    assertThat(matches.get(0).getText()).contains(PREFIX + "hairdresser");
    List<WebElement> segments = matches.get(0).findElements(By.cssSelector(".budget-bar .segment"));
    assertThat(segments)
        .extracting(s -> s.getAttribute("class"))
        .contains("segment income", "segment living", "segment remittance", "segment surplus");
    assertThat(segments).allSatisfy(s -> assertThat(s.getSize().getWidth()).isPositive());
    assertThat(matches.get(0).findElements(By.cssSelector(".reasons li"))).isNotEmpty();
    assertThat(fitsTheScreen()).isTrue();
    assertThat(((JavascriptExecutor) browser).executeScript("return window.innerWidth"))
        .isEqualTo(360L);
  }
}
