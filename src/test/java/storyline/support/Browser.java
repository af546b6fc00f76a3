package storyline.support;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Debian Chromium per test class, driven through Debian's chromedriver: both are named
 * explicitly, so Selenium Manager never tries to download a browser.
 */
public final class Browser implements BeforeAllCallback, AfterAllCallback {
  private ChromeDriver driver;
  private File profile;

  @Override
  public void beforeAll(ExtensionContext context) {
    try {
      profile = Files.createTempDirectory("chromium-profile").toFile();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,900",
        "--user-data-dir=" + profile.getAbsolutePath());
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File("/usr/bin/chromedriver"))
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (driver != null) {
      driver.quit();
    }
  }

  /**
   * Clicks what {@code target} finds once the page has finished loading, and waits for the page the
   * click leads to. Clicking while a page is still being replaced can hit a node that has already
   * left the document (Chromium then refuses the click without performing it), and reading right
   * after a click can read the page it left.
   */
  public void follow(By target) {
    WebDriverWait wait = new WebDriverWait(driver(), Duration.ofSeconds(10));
    wait.until(
        d ->
            "complete"
                .equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    WebElement pressed = driver().findElement(target);
    pressed.click();
    wait.until(ExpectedConditions.stalenessOf(pressed));
  }

  public ChromeDriver driver() {
    return driver;
  }

  /** The serious and critical accessibility violations axe-core finds on the current page. */
  public List<String> seriousAccessibilityViolations() {
    Results results = new AxeBuilder().analyze(driver);
    if (results.isErrored()) {
      throw new IllegalStateException("axe-core failed: " + results.getErrorMessage());
    }
    return results.getViolations().stream()
        .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
        .map(Browser::describe)
        .collect(Collectors.toList());
  }

  private static String describe(Rule rule) {
    return rule.getId()
        + " ("
        + rule.getImpact()
        + "): "
        + rule.getHelp()
        + " at "
        + rule.getNodes().stream()
            .map(n -> String.valueOf(n.getTarget()))
            .collect(Collectors.joining(", "));
  }
}
