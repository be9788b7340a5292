package org.livelihoodmatch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real, headless Debian Chromium for {@code *BrowserTests}. Where Chromium or its driver is not
 * installed the test is skipped with a printed notice; CI installs both, so there they always run.
 */
public final class Browser {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  private Browser() {}

  /** A new headless browser at a phone-like or desktop width; quit it in {@code @AfterEach}. */
  public static WebDriver open(int width, int height) {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    if (!present) {
      System.out.println(
          "NOTICE: browser test skipped: install Debian's chromium and chromium-driver to run it");
    }
    Assumptions.assumeTrue(present, "Chromium is not installed");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toString());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=" + width + "," + height);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return driver;
  }

  public static WebDriver open() {
    return open(1280, 900);
  }

  /**
   * Waits until the page that held {@code element} has been replaced by the next one. While the
   * next page loads, Chromium may answer "node does not belong to the document" instead of calling
   * the element stale: that is the same news.
   */
  public static void waitForNextPage(WebDriver browser, WebElement element) {
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(
            driver -> {
              try {
                element.isEnabled();
                return false;
              } catch (StaleElementReferenceException gone) {
                return true;
              } catch (WebDriverException e) {
                if (e.getMessage() != null
                    && e.getMessage().contains("does not belong to the document")) {
                  return true;
                }
                throw e;
              }
            });
  }
}
