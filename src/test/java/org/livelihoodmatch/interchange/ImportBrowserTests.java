package org.livelihoodmatch.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
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
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An officer in a real browser uploads an OSCaR export on the import page: first a file with a bad
 * row, whose problem the preview names by row and column (nothing stored), then the right file,
 * whose preview she confirms; her clients are there, with their Khmer names.
 */
@IntegrationTest
class ImportBrowserTests {

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
  void anOfficerUploadsAFileSeesTheProblemsThenConfirmsTheCorrectedOne() throws Exception {
    browser = Browser.open();
    Casework a = new Casework(mvc, organisations, clock);
    String good =
        new String(ImportIntegrationTests.example(), java.nio.charset.StandardCharsets.UTF_8);
    Path dir = Files.createTempDirectory("import-browser");
    Path bad = Files.writeString(dir.resolve("bad.csv"), good.replace("02/04/2008", "31/02/2008"));
    Path right = Files.writeString(dir.resolve("oscar-clients.csv"), good);
    String base = "http://localhost:" + port;
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));

    browser.get(base + "/login");
    browser.findElement(By.id("username")).sendKeys(a.officerName);
    browser.findElement(By.id("password")).sendKeys(TestFixtures.PASSWORD);
    browser.findElement(By.cssSelector("form button[type=submit]")).click();
    wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    browser.findElement(By.linkText("Import and export")).click();
    wait.until(ExpectedConditions.urlContains("/clients/import"));

    browser.findElement(By.id("import-file")).sendKeys(bad.toString());
    WebElement check = browser.findElement(By.id("check-file"));
    check.click();
    Browser.waitForNextPage(browser, check);
    WebElement problem =
        browser.findElement(
            By.cssSelector("#problems tr[data-row='2'][data-column='date_of_birth']"));
    assertThat(problem.getText()).contains("31/02/2008").contains("Give a date in the past");
    assertThat(browser.findElements(By.id("confirm-import"))).isEmpty();

    browser.findElement(By.id("import-file")).sendKeys(right.toString());
    check = browser.findElement(By.id("check-file"));
    check.click();
    Browser.waitForNextPage(browser, check);
    assertThat(browser.findElement(By.id("count-created")).getText()).contains("4");
    assertThat(browser.findElements(By.id("problems"))).isEmpty();
    WebElement confirm = browser.findElement(By.id("confirm-import"));
    confirm.click();
    Browser.waitForNextPage(browser, confirm);

    assertThat(browser.findElement(By.cssSelector("p.notice")).getText())
        .contains("Imported: 4 new, 0 changed, 0 unchanged.");
    String clients = a.json(a.officer, "/api/v1/clients?size=200");
    assertThat(clients).contains("គីមឡាង").contains("01HQ7Z3KC3");
  }
}
