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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** A planner in a real browser starts a plan, watches it finish live and pins an assignment. */
@IntegrationTest
class PlanBrowserTests {

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
  void aPlannerStartsAPlanWatchesItFinishAndSeesEachClientsPathwayAndBudget() throws Exception {
    browser = Browser.open();
    PlanFixtures f = new PlanFixtures(mvc, organisations, jdbc, "15");
    f.scarceSeat();
    String base = "http://localhost:" + port;
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));

    browser.get(base + "/login");
    browser.findElement(By.id("username")).sendKeys(f.plannerName);
    browser.findElement(By.id("password")).sendKeys(TestFixtures.PASSWORD);
    browser.findElement(By.cssSelector("form button[type=submit]")).click();
    wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));

    browser.get(base + "/plans");
    browser.findElement(By.id("name")).sendKeys("Leavers of Pursat");
    WebElement limit = browser.findElement(By.id("timeLimitSeconds"));
    limit.clear();
    limit.sendKeys("3");
    browser.findElement(By.cssSelector("input[name=mode][value=filter]")).click();
    new Select(browser.findElement(By.id("province"))).selectByValue("15");
    browser.findElement(By.cssSelector("#new-plan button[type=submit]")).click();

    wait.until(ExpectedConditions.urlMatches("/plans/[0-9a-f-]{36}$"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Leavers of Pursat");
    wait.until(ExpectedConditions.textToBe(By.id("plan-status"), "Done"));

    List<WebElement> rows = browser.findElements(By.cssSelector("#assignments tr.assignment"));
    assertThat(rows).hasSize(2);
    assertThat(rows)
        .allSatisfy(
            row ->
                assertThat(row.findElement(By.cssSelector(".surplus")).getText())
                    .startsWith("Left over"));
    assertThat(browser.findElement(By.id("assignments")).getText())
        .contains("Training, then a job")
        .contains("Job");
    // the solver's own score stays, folded away in a details line
    assertThat(browser.findElement(By.id("plan-score")).getAttribute("textContent"))
        .startsWith("0hard/0medium/");
    assertThat(browser.findElement(By.id("explanation")).getText()).contains("Wishes met");

    rows.get(0).findElement(By.cssSelector("button.pin")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("button.unpin")));
    assertThat(browser.findElements(By.cssSelector("#assignments .pinned"))).hasSize(1);
  }
}
