package storyline.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import storyline.support.Browser;
import storyline.support.TestApp;

/**
 * The story page in real Chromium on a desktop and on a phone: map and timeline visible, nothing
 * wider than the screen. Its screenshots go to target/screenshots; the README's copies in docs/ are
 * replaced only on purpose: {@code mvn verify -Dit.test=PicturesJourneyIT
 * -Dstoryline.screenshots=docs}.
 */
class PicturesJourneyIT {
  @RegisterExtension static final TestApp APP = new TestApp();
  @RegisterExtension static final Browser BROWSER = new Browser();
  static final Path SCREENSHOTS =
      Path.of(System.getProperty("storyline.screenshots", "target/screenshots"));

  @Test
  void mapAndTimelineShowOnDesktopAndPhoneWithoutHorizontalOverflow() throws Exception {
    ChromeDriver driver = BROWSER.driver();
    for (int width : List.of(1280, 390)) {
      driver.manage().window().setSize(new Dimension(width, 900));
      driver.get(APP.baseUrl() + "/stories/ukraine-ceasefire");
      for (String css : List.of("svg.map", "svg.timeline-chart")) {
        WebElement picture = driver.findElement(By.cssSelector(css));
        assertTrue(picture.isDisplayed(), css + " at " + width);
        assertTrue(
            picture.getSize().getWidth() > 0.8 * Math.min(width, 800) - 80,
            css + " width " + picture.getSize());
        assertTrue(picture.getSize().getHeight() > 100, css + " height " + picture.getSize());
      }
      long overflow =
          (Long)
              ((JavascriptExecutor) driver)
                  .executeScript(
                      "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
      assertEquals(0L, overflow, "horizontal overflow at " + width + " px");
      assertEquals(List.of(), BROWSER.seriousAccessibilityViolations(), "story page at " + width);
      Files.createDirectories(SCREENSHOTS);
      long height =
          (Long) ((JavascriptExecutor) driver).executeScript("return document.body.scrollHeight;");
      driver
          .manage()
          .window()
          .setSize(new Dimension(width, (int) Math.min(height, width == 390 ? 2600 : 1700)));
      byte[] png = driver.getScreenshotAs(OutputType.BYTES);
      Files.write(
          SCREENSHOTS.resolve(width == 390 ? "story-page-phone.png" : "story-page.png"), png);
    }
  }
}
