package storyline.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import storyline.support.AdminClient;
import storyline.support.Seed;
import storyline.support.TestApp;

/**
 * An actor's position changes over time and may differ per story: an incident's cast shows the one
 * held on the incident's day, the story's own first, and the actor's page lists them all.
 */
class PositionsTest {
  @RegisterExtension static final TestApp APP = new TestApp();

  @Test
  void theCastShowsThePositionHeldOnTheIncidentsDay() {
    AdminClient admin = AdminClient.signedInAdmin(APP);
    String putin = Seed.admin(APP, "actors", "vladimir-putin");
    String story = Seed.admin(APP, "stories", "ukraine-ceasefire");
    String storyId = story.substring(story.lastIndexOf('/') + 1);
    Map<String, List<String>> form = admin.form(putin + "/edit", putin);
    form.put("positions[0].title", List.of("Prime Minister of Russia"));
    form.put("positions[0].from_on", List.of("2008-05-08"));
    form.put("positions[0].to_on", List.of("2012-05-07"));
    form.put("positions[1].title", List.of("President of Russia, in the calls"));
    form.put("positions[1].story_id", List.of(storyId));
    form.put("positions[1].from_on", List.of("2025-03-18"));
    form.put("positions[1].to_on", List.of("2025-03-18"));
    HttpResponse<String> saved = admin.post(putin, form);
    assertEquals(303, saved.statusCode(), Jsoup.parse(saved.body()).select(".field-error").text());

    assertEquals(
        "President of Russia, in the calls",
        position(APP.page("/incidents/trump-putin-call"), "Vladimir Putin"),
        "on 18 March, in this story, the story's own position");
    assertEquals(
        "President of Russia",
        position(APP.page("/incidents/scholz-macron-joint-statement"), "Vladimir Putin"),
        "on 19 March no position holds: the actor's plain role");

    assertTrue(
        APP.page("/stories/ukraine-ceasefire").select(".quote figcaption").eachText().stream()
            .anyMatch(c -> c.startsWith("Vladimir Putin, President of Russia, in the calls.")),
        "his quote of 18 March names the position he held that day");

    assertEquals(
        1,
        APP.page("/stories/ukraine-ceasefire").select("ul.cast li").stream()
            .filter(li -> li.text().contains("Vladimir Putin"))
            .count(),
        "one line in the story's cast, whatever positions he held in it");

    Document page = APP.page("/actors/vladimir-putin");
    List<String> listed = page.select("ul.positions li").eachText();
    assertEquals(
        List.of(
            "Prime Minister of Russia, 8 May 2008 – 7 May 2012",
            "President of Russia, in the calls, 18 March 2025 – 18 March 2025 (in “Ukraine"
                + " ceasefire: the March 2025 calls between Trump, Putin and Zelenskyy”)"),
        listed);

    Document edit = admin.page(putin + "/edit");
    assertEquals("Prime Minister of Russia", edit.selectFirst("#f-positions-0--title").val());
    String diff = admin.page(putin + "/history").select("table.diff").text();
    assertTrue(diff.contains("Positions (changed)"), diff);
    assertTrue(diff.contains("Prime Minister of Russia (2008-05-08 – 2012-05-07)"), diff);
  }

  @Test
  void aPositionEndsNoEarlierThanItBegins() {
    AdminClient admin = AdminClient.signedInAdmin(APP);
    String actor = Seed.admin(APP, "actors", "dan-scavino");
    Map<String, List<String>> form = admin.form(actor + "/edit", actor);
    form.put("positions[0].title", List.of("Social media director"));
    form.put("positions[0].from_on", List.of("2012-05-22"));
    form.put("positions[0].to_on", List.of("2012-05-01"));
    HttpResponse<String> refused = admin.post(actor, form);
    assertEquals(422, refused.statusCode());
    assertEquals(
        "The last day must not be before the first.",
        Jsoup.parse(refused.body()).selectFirst("#f-positions-0--to_on-error").text());
  }

  /** The position shown under the actor's name in an incident's cast. */
  private static String position(Document incident, String actor) {
    for (Element item : incident.select("main li")) {
      if (item.selectFirst("a") != null
          && item.selectFirst("a").text().equals(actor)
          && item.selectFirst(".muted") != null) {
        return item.selectFirst(".muted").text();
      }
    }
    throw new AssertionError("no position for " + actor + " in " + incident.select("main").text());
  }
}
