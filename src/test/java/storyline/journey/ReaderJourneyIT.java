package storyline.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import storyline.support.Browser;
import storyline.support.TestApp;

/**
 * A reader in real Chromium: home page, story, actor, incident, then the incident list, filtered
 * with the form. Every page on the way is checked with axe-core.
 */
class ReaderJourneyIT {
  @RegisterExtension static final TestApp APP = new TestApp();
  @RegisterExtension static final Browser BROWSER = new Browser();

  @Test
  void readerFollowsAStoryToAnActorAndAnIncidentThenFiltersTheList() {
    WebDriver driver = BROWSER.driver();
    driver.get(APP.baseUrl() + "/");
    assertAccessible("home");

    BROWSER.follow(
        By.linkText("Ukraine ceasefire: the March 2025 calls between Trump, Putin and Zelenskyy"));
    assertEquals(APP.baseUrl() + "/stories/ukraine-ceasefire", driver.getCurrentUrl());
    assertTrue(driver.findElement(By.id("timeline-heading")).isDisplayed());
    assertAccessible("story");

    BROWSER.follow(By.cssSelector(".cast a[href='/actors/dan-scavino']"));
    assertEquals("Dan Scavino", driver.findElement(By.tagName("h1")).getText());
    assertAccessible("actor");

    BROWSER.follow(By.linkText("Zelenskyy calls Trump the day after the Trump–Putin call"));
    assertTrue(driver.getCurrentUrl().endsWith("/incidents/trump-zelenskyy-call"));
    assertTrue(driver.findElement(By.cssSelector(".facts-table")).getText().contains("Confirmed"));
    assertAccessible("incident");

    BROWSER.follow(By.linkText("Incidents"));
    new Select(driver.findElement(By.id("f-type"))).selectByVisibleText("Strike");
    new Select(driver.findElement(By.id("f-verification"))).selectByVisibleText("Disputed");
    BROWSER.follow(By.cssSelector("form.filters button[type=submit]"));
    EditorJourneyIT.waitFor(driver, ExpectedConditions.urlContains("verification=disputed"));
    assertTrue(driver.getCurrentUrl().contains("type=strike"), driver.getCurrentUrl());
    assertTrue(driver.getCurrentUrl().contains("verification=disputed"));
    List<String> titles =
        driver.findElements(By.cssSelector(".incident-card h3 a")).stream()
            .map(WebElement::getText)
            .toList();
    assertEquals(2, titles.size(), titles.toString());
    assertTrue(titles.stream().allMatch(t -> t.contains("Belgorod") || t.contains("Kursk")));
    assertAccessible("filtered incident list");

    driver.findElement(By.id("site-search-q")).sendKeys("guterres\n");
    EditorJourneyIT.waitFor(driver, ExpectedConditions.urlContains("/search"));
    assertTrue(
        driver
            .findElement(By.cssSelector("#results-actors + ol"))
            .getText()
            .contains("António Guterres"));
    assertAccessible("search");
  }

  @Test
  void pagesReadWellOnAPhone() {
    WebDriver driver = BROWSER.driver();
    driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
    try {
      for (String path :
          List.of(
              "/",
              "/stories/ukraine-ceasefire",
              "/incidents",
              "/incidents/belgorod-fuel-depot-rail-strikes")) {
        driver.get(APP.baseUrl() + path);
        long overflow =
            (Long)
                ((org.openqa.selenium.JavascriptExecutor) driver)
                    .executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertEquals(0L, overflow, "horizontal overflow on " + path);
        assertAccessible(path + " at 390px");
      }
    } finally {
      driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
    }
  }

  private static void assertAccessible(String where) {
    assertEquals(List.of(), BROWSER.seriousAccessibilityViolations(), where);
  }
}
