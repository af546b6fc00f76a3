package storyline.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import storyline.support.Browser;
import storyline.support.TestApp;

/**
 * An editor in real Chromium enters a new story from an empty database, as the newsroom entered the
 * Wagner mutiny of June 2023: a draft story, five actors, two places, two sources, and an incident
 * with four actors and two claims in one save, at a place created from inside the incident form;
 * previews the story, publishes it, and a reader then finds it, whose feeds hold one "Published"
 * entry and nothing of what was done before. It prints how many requests and page loads the editing
 * took (entering a story of this size took about 150 requests before).
 */
class NewStoryJourneyIT {
  @RegisterExtension static final TestApp APP = TestApp.empty();
  @RegisterExtension static final Browser BROWSER = new Browser();

  private static final String STORY = "Wagner mutiny";

  private WebDriver driver;

  @Test
  void anEditorEntersANewStoryThatReadersSeeOnlyOncePublished() {
    driver = BROWSER.driver();
    int before = requestLines().size();

    open("/admin/stories");
    type("f-username", "admin");
    type("f-password", TestApp.ADMIN_PASSWORD);
    submit(By.cssSelector("form[action='/admin/login'] button"));

    follow(By.linkText("New story"));
    type("f-title", STORY);
    type("f-summary", "The Wagner Group marches on Moscow, then turns back within a day.");
    assertEquals(
        "Draft",
        new Select(driver.findElement(By.id("f-status"))).getFirstSelectedOption().getText());
    save();
    String storyEdit = driver.getCurrentUrl();

    newEntry("Actors", "New actor");
    List<String[]> actors =
        List.of(
            new String[] {"Yevgeny Prigozhin", "person"},
            new String[] {"Wagner Group", "organization"},
            new String[] {"Russian Ministry of Defence", "organization"},
            new String[] {"Vladimir Putin", "person"},
            new String[] {"Alexander Lukashenko", "person"});
    for (String[] actor : actors) {
      type("f-name", actor[0]);
      new Select(driver.findElement(By.id("f-kind"))).selectByValue(actor[1]);
      saveAndAddAnother(actor != actors.get(actors.size() - 1));
    }
    newEntry("Places", "New place");
    List<String[]> places =
        List.of(
            new String[] {"Voronezh", "Russia", "51.672", "39.1843"},
            new String[] {"Moscow", "Russia", "55.7558", "37.6173"});
    for (String[] place : places) {
      type("f-name", place[0]);
      new Select(driver.findElement(By.id("f-country"))).selectByVisibleText(place[1]);
      type("f-latitude", place[2]);
      type("f-longitude", place[3]);
      new Select(driver.findElement(By.id("f-precision"))).selectByValue("city");
      saveAndAddAnother(place != places.get(places.size() - 1));
    }
    newEntry("Sources", "New source");
    List<String[]> sources =
        List.of(
            new String[] {"Prigozhin's audio messages on Telegram", "party"},
            new String[] {"Wire reports from Rostov-on-Don", "independent_media"});
    for (String[] source : sources) {
      type("f-title", source[0]);
      new Select(driver.findElement(By.id("f-kind"))).selectByValue(source[1]);
      saveAndAddAnother(source != sources.get(sources.size() - 1));
    }

    newEntry("Incidents", "New incident");
    type("f-title", "Wagner fighters take the military headquarters in Rostov-on-Don");
    new Select(driver.findElement(By.id("f-story_id"))).selectByVisibleText(STORY);
    new Select(driver.findElement(By.id("f-type"))).selectByValue("other");
    type("f-occurred_on", "2023-06-24");
    type("f-summary", "Wagner fighters occupy the Southern Military District headquarters.");
    new Select(driver.findElement(By.id("f-verification"))).selectByValue("reported");
    tick("f-source_ids", "Wire reports");
    actor(0, "Wagner Group", "initiator");
    actor(1, "Yevgeny Prigozhin", "initiator");
    claim(0, "Yevgeny Prigozhin", "alleges", "The army struck our camps first.");
    tick("f-claims-0--source_ids", "Prigozhin's audio");

    driver.findElement(By.xpath("//summary[starts-with(., 'A place not in the list')]")).click();
    type("f-new_place-name", "Rostov-on-Don");
    new Select(driver.findElement(By.id("f-new_place-country"))).selectByVisibleText("Russia");
    type("f-new_place-latitude", "47.2357");
    type("f-new_place-longitude", "39.7015");
    new Select(driver.findElement(By.id("f-new_place-precision"))).selectByValue("city");
    submit(By.cssSelector("button[name=_create][value=new_place]"));
    assertTrue(flash().startsWith("Created the place “Rostov-on-Don” and chose it."), flash());
    assertEquals(
        "Rostov-on-Don, Russia",
        new Select(driver.findElement(By.id("f-place_id"))).getFirstSelectedOption().getText());
    assertEquals(
        "The army struck our camps first.",
        driver.findElement(By.id("f-claims-0--text")).getAttribute("value"),
        "everything typed is still there");

    actor(2, "Russian Ministry of Defence", "target");
    actor(3, "Vladimir Putin", "target");
    claim(1, "Russian Ministry of Defence", "denies", "No strike on Wagner's camps took place.");
    tick("f-claims-1--source_ids", "Wire reports");
    save();
    assertEquals(
        "Saved the new incident “Wagner fighters take the military headquarters in Rostov-on-Don”.",
        flash());
    assertEquals(
        4,
        driver.findElements(By.cssSelector("select[id$='--role'] option[selected]")).stream()
            .filter(o -> !o.getAttribute("value").isEmpty())
            .count(),
        "four actors in one save");

    open(storyEdit.replace(APP.baseUrl(), ""));
    follow(By.linkText("Preview"));
    assertNotNull(driver.findElement(By.cssSelector(".preview-banner")));
    assertTrue(
        driver
            .findElement(By.cssSelector("main"))
            .getText()
            .contains("Russian Ministry of Defence"),
        "the preview shows the incident and its claims");
    assertEquals(404, APP.get("/stories/wagner-mutiny").statusCode(), "still a draft");
    follow(By.linkText("Back to the edit form"));
    // The test's clock stands still unless moved; an editor's minutes pass before publishing.
    APP.clock().advance(Duration.ofMinutes(30));
    new Select(driver.findElement(By.id("f-status"))).selectByValue("published");
    save();

    List<String[]> editing = requestLines().subList(before, requestLines().size());
    long assets = editing.stream().filter(r -> r[2].startsWith("/static/")).count();
    long pageLoads =
        editing.stream()
            .filter(r -> !r[2].startsWith("/static/"))
            .filter(r -> r[1].equals("GET") ? r[3].equals("200") : !r[3].equals("303"))
            .count();
    System.out.printf(
        "New-story journey: %d requests (%d of them static assets), %d page loads%n",
        editing.size(), assets, pageLoads);
    assertTrue(pageLoads <= 30, "entering the story takes " + pageLoads + " page loads");

    open("/stories/wagner-mutiny");
    String page = driver.findElement(By.cssSelector("main")).getText();
    assertTrue(page.contains("Wagner fighters take the military headquarters"), page);
    assertTrue(page.contains("No strike on Wagner's camps took place."), page);
    for (String feed : List.of("/stories/wagner-mutiny/feed.xml", "/feed.xml")) {
      List<String> titles =
          Jsoup.parse(APP.get(feed).body(), "", Parser.xmlParser())
              .select("item > title")
              .eachText();
      assertEquals(List.of("Published: " + STORY), titles, feed + " holds nothing from before");
    }
  }

  private void open(String path) {
    driver.get(APP.baseUrl() + path);
  }

  private void newEntry(String list, String button) {
    follow(By.xpath("//nav[@aria-label='Admin']//a[normalize-space()='" + list + "']"));
    follow(By.linkText(button));
  }

  private void type(String id, String text) {
    WebElement field = driver.findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  private void actor(int row, String name, String role) {
    new Select(driver.findElement(By.id("f-actors-" + row + "--actor_id")))
        .selectByVisibleText(name);
    new Select(driver.findElement(By.id("f-actors-" + row + "--role"))).selectByValue(role);
  }

  private void claim(int row, String actor, String stance, String text) {
    String p = "f-claims-" + row + "--";
    new Select(driver.findElement(By.id(p + "actor_id"))).selectByVisibleText(actor);
    new Select(driver.findElement(By.id(p + "stance"))).selectByValue(stance);
    type(p + "text", text);
    type(p + "said_on", "2023-06-23");
  }

  private void tick(String fieldset, String labelStart) {
    driver
        .findElement(
            By.xpath(
                "//fieldset[@id='"
                    + fieldset
                    + "']//label[starts-with(., \""
                    + labelStart
                    + "\")]"))
        .click();
  }

  private void save() {
    submit(By.cssSelector("form.entry-form button.save"));
  }

  /** Creates the entry, and then either opens a new form of its kind or its edit form. */
  private void saveAndAddAnother(boolean another) {
    if (another) {
      submit(By.cssSelector("form.entry-form button[name=_then][value=another]"));
      assertTrue(flash().startsWith("Saved the new"), flash());
      assertTrue(driver.getCurrentUrl().endsWith("/new"), driver.getCurrentUrl());
    } else {
      save();
    }
  }

  /** Clicks a submit button and waits for the page it leads to. */
  private void submit(By button) {
    follow(button);
  }

  private void follow(By target) {
    BROWSER.follow(target);
  }

  /** The message the last action left; or, when it failed, the problems it reports. */
  private String flash() {
    List<WebElement> flash = driver.findElements(By.cssSelector(".flash"));
    return flash.isEmpty()
        ? "no message; problems: " + driver.findElement(By.cssSelector("main")).getText()
        : flash.get(0).getText();
  }

  /**
   * The request log's lines so far, each as {"request", method, path, status, ms}; waits (a bounded
   * while) for the log's writer to catch up with the requests already answered.
   */
  private static List<String[]> requestLines() {
    List<String[]> lines = parse();
    for (int i = 0; i < 50; i++) {
      sleep();
      List<String[]> again = parse();
      if (again.size() == lines.size()) {
        return again;
      }
      lines = again;
    }
    return lines;
  }

  private static List<String[]> parse() {
    return Arrays.stream(APP.requestLog().split("\n"))
        .filter(l -> l.startsWith("request "))
        .map(l -> l.split(" "))
        .toList();
  }

  private static void sleep() {
    try {
      Thread.sleep(60);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
