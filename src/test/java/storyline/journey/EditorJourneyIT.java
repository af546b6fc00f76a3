package storyline.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import storyline.support.Browser;
import storyline.support.Seed;
import storyline.support.TestApp;

/**
 * An editor in real Chromium signs in, changes an incident's verification status with a note, and
 * sees the change on the public incident page and in its change log.
 */
class EditorJourneyIT {
  @RegisterExtension static final TestApp APP = new TestApp();
  @RegisterExtension static final Browser BROWSER = new Browser();

  @Test
  void editorChangesAVerificationStatusAndReadersSeeIt() {
    WebDriver driver = BROWSER.driver();
    driver.get(APP.baseUrl() + "/admin/incidents");
    assertTrue(driver.getCurrentUrl().contains("/admin/login"), "sent to sign in first");
    assertAccessible("sign-in page");
    driver.findElement(By.id("f-username")).sendKeys("admin");
    driver.findElement(By.id("f-password")).sendKeys(TestApp.ADMIN_PASSWORD);
    BROWSER.follow(By.cssSelector("form[action='/admin/login'] button"));
    waitFor(driver, ExpectedConditions.urlMatches("/admin/incidents$"));
    assertAccessible("incident list");

    driver.findElement(By.id("admin-q")).sendKeys("dnipro\n");
    waitFor(driver, ExpectedConditions.urlContains("q=dnipro"));
    BROWSER.follow(By.linkText("Drones strike energy substations in Dnipro, Ukraine says"));
    assertEquals(
        "Claimed",
        new Select(driver.findElement(By.id("f-verification"))).getFirstSelectedOption().getText());
    assertAccessible("incident form");

    Select firstActor = new Select(driver.findElement(By.id("f-actors-0--actor_id")));
    String chosen = firstActor.getFirstSelectedOption().getText();
    driver
        .findElement(
            By.xpath(
                "//select[@id='f-actors-0--actor_id']/preceding-sibling::input[@type='search']"))
        .sendKeys("putin");
    List<String> shown =
        firstActor.getOptions().stream()
            .filter(o -> o.getAttribute("hidden") == null && !o.getAttribute("value").isEmpty())
            .map(WebElement::getText)
            .toList();
    assertTrue(shown.contains("Vladimir Putin"), "typing narrows the menu: " + shown);
    assertTrue(
        shown.stream().allMatch(t -> t.contains("Putin") || t.equals(chosen)),
        "to what matches, and the actor chosen: " + shown);

    new Select(driver.findElement(By.id("f-verification"))).selectByVisibleText("Confirmed");
    driver.findElement(By.id("f-note")).sendKeys("Confirmed by the regional grid operator.");
    BROWSER.follow(By.cssSelector("form.entry-form button.save"));
    waitFor(driver, ExpectedConditions.presenceOfElementLocated(By.cssSelector(".flash")));
    assertEquals("Saved.", driver.findElement(By.cssSelector(".flash")).getText());

    BROWSER.follow(By.linkText("Public page"));
    assertTrue(driver.getCurrentUrl().endsWith("/incidents/dnipro-substation-drone-strikes"));
    WebElement facts = driver.findElement(By.cssSelector(".facts-table"));
    assertTrue(facts.getText().contains("Confirmed"), facts.getText());
    List<WebElement> log = driver.findElements(By.cssSelector(".changes li"));
    assertTrue(
        log.get(0).getText().contains("Status changed: claimed → confirmed"), log.get(0).getText());
    assertTrue(log.get(0).getText().contains("Confirmed by the regional grid operator."));
    assertAccessible("public incident page after the change");

    driver.get(
        APP.baseUrl()
            + Seed.admin(APP, "incidents", "dnipro-substation-drone-strikes")
            + "/history?from=1&to=2");
    assertTrue(driver.findElement(By.cssSelector("table.diff")).getText().contains("confirmed"));
    assertAccessible("history with a diff");
  }

  static <T> T waitFor(WebDriver driver, ExpectedCondition<T> condition) {
    return new WebDriverWait(driver, Duration.ofSeconds(10)).until(condition);
  }

  private static void assertAccessible(String where) {
    assertEquals(List.of(), BROWSER.seriousAccessibilityViolations(), where);
  }
}
