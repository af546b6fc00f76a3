package storyline.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import storyline.incident.DatePrecision;
import storyline.incident.IncidentDao;
import storyline.incident.IncidentType;
import storyline.incident.IncidentTypes;
import storyline.incident.IncidentValues;
import storyline.incident.Verification;
import storyline.story.StoryDao;
import storyline.support.AdminClient;
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
      assertEquals(
          List.of(), coveredMarks(driver), "timeline marks hidden by others at " + width + " px");
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

  /**
   * The slugs of the timeline's marks that are not the thing under their own centre: hidden under
   * another, so that they cannot be seen or clicked (or tapped) at the window's width.
   */
  @SuppressWarnings("unchecked")
  private static List<String> coveredMarks(ChromeDriver driver) {
    return (List<String>)
        driver.executeScript(
            """
            const out = [];
            for (const mark of document.querySelectorAll('svg.timeline-chart a.mark')) {
              mark.scrollIntoView({block: 'center'});
              const box = mark.getBoundingClientRect();
              const hit = document.elementFromPoint(
                  box.left + box.width / 2, box.top + box.height / 2);
              if (!hit || hit.closest('a.mark') !== mark) out.push(mark.dataset.slug);
            }
            return out;
            """);
  }

  /**
   * A story shaped like the Wagner mutiny's: thirteen incidents on two days in a row, two more
   * weeks later. On a phone as on a desktop, every mark of the busy days can still be reached.
   */
  @Test
  void marksOfBusyDaysStayReachableOnAPhone() {
    AdminClient admin = AdminClient.signedInAdmin(APP);
    Map<String, List<String>> story = admin.form("/admin/stories/new", "/admin/stories");
    story.put("title", List.of("Busy days"));
    story.put("summary", List.of("Two busy days, then quiet."));
    story.put("status", List.of("published"));
    assertEquals(303, admin.post("/admin/stories", story).statusCode());
    APP.jdbi()
        .useHandle(
            handle -> {
              long id =
                  handle
                      .createQuery("SELECT id FROM stories WHERE slug = 'busy-days'")
                      .mapTo(Long.class)
                      .one();
              IncidentDao incidents = handle.attach(IncidentDao.class);
              List<IncidentType> types = IncidentTypes.of(handle).all(handle);
              List<LocalDate> days = new java.util.ArrayList<>();
              for (int i = 0; i < 13; i++) {
                days.add(LocalDate.of(2023, 6, i < 6 ? 23 : 24));
              }
              days.add(LocalDate.of(2023, 8, 23));
              days.add(LocalDate.of(2023, 8, 29));
              for (int i = 0; i < days.size(); i++) {
                incidents.insert(
                    new IncidentValues(
                        id,
                        "busy-" + i,
                        "Busy incident " + i,
                        types.get(i % types.size()).code(),
                        days.get(i),
                        DatePrecision.DAY,
                        null,
                        "Reported.",
                        Verification.REPORTED,
                        null,
                        null,
                        8 * 60 + i * 50,
                        "Europe/Moscow"),
                    Instant.parse("2023-09-01T00:00:00Z"));
              }
              handle.attach(StoryDao.class).changed(id, Instant.parse("2023-09-01T00:00:00Z"));
            });
    ChromeDriver driver = BROWSER.driver();
    for (int width : List.of(1280, 390)) {
      driver.manage().window().setSize(new Dimension(width, 900));
      driver.get(APP.baseUrl() + "/stories/busy-days");
      assertEquals(15, driver.findElements(By.cssSelector("svg.timeline-chart a.mark")).size());
      assertEquals(List.of(), coveredMarks(driver), "marks hidden by others at " + width + " px");
    }
  }
}
