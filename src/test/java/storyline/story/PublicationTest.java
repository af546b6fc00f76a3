package storyline.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import storyline.support.AdminClient;
import storyline.support.NewEntries;
import storyline.support.Seed;
import storyline.support.TestApp;

/**
 * Readers meet a story once, as published: what editors did while it was a draft is folded into the
 * one entry that published it, and every change after that is public.
 */
class PublicationTest {
  @RegisterExtension static final TestApp APP = new TestApp();

  @Test
  void aDraftsHistoryIsFoldedIntoItsPublication() {
    AdminClient admin = AdminClient.signedInAdmin(APP);
    String storyEdit =
        NewEntries.draftStory(admin, "Mutiny on the road to Moscow", "A column moves north.");
    String storyId = NewEntries.idOf(storyEdit);

    String wrong = addIncident(APP, admin, storyId, "Column reaches the outskirts of Moscow");
    APP.clock().advance(Duration.ofMinutes(5));
    assertEquals(
        303,
        admin
            .submit(wrong + "/edit", wrong + "/archive", Map.of("note", "It never got that far."))
            .statusCode());
    String right = addIncident(APP, admin, storyId, "Column stops near Tula");
    APP.clock().advance(Duration.ofMinutes(5));
    assertEquals(
        303,
        admin
            .submit(
                right + "/edit",
                right,
                Map.of("occurred_on", "2023-06-25", "correction", "true", "note", "A day late."))
            .statusCode());

    APP.clock().advance(Duration.ofMinutes(5));
    assertEquals(
        303,
        admin
            .submit(storyEdit, storyEdit.replace("/edit", ""), Map.of("status", "published"))
            .statusCode());

    String slug = "mutiny-on-the-road-to-moscow";
    assertEquals(
        List.of("Published: Mutiny on the road to Moscow"), feedTitles(slug), "one entry, no more");
    assertEquals(1, APP.page("/stories/" + slug + "/changes").select(".changes li").size());
    assertTrue(APP.page("/stories/" + slug).text().contains("Column stops near Tula"));

    APP.clock().advance(Duration.ofMinutes(5));
    admin.submit(
        right + "/edit",
        right,
        Map.of("summary", "It stopped 200 km from Moscow.", "correction", "true", "note", "Km."));
    List<String> after = feedTitles(slug);
    assertEquals(2, after.size(), after.toString());
    assertTrue(
        after.get(0).startsWith("Correction to incident: Column stops near Tula"), after.get(0));
  }

  /** Adds an incident to the story through the admin; returns the incident's admin path. */
  static String addIncident(TestApp app, AdminClient admin, String storyId, String title) {
    Map<String, List<String>> form = NewEntries.incidentForm(app, admin, storyId, title);
    HttpResponse<String> saved = admin.post("/admin/incidents", form);
    assertEquals(303, saved.statusCode(), saved.body());
    return saved.headers().firstValue("Location").orElseThrow().replace("/edit", "");
  }

  private static List<String> feedTitles(String slug) {
    return Jsoup.parse(APP.get("/stories/" + slug + "/feed.xml").body(), "", Parser.xmlParser())
        .select("item > title")
        .eachText();
  }

  @Test
  void aStoryIsDevelopingUntilItIsConcluded() {
    assertEquals(
        "Developing story",
        APP.page("/stories/ukraine-ceasefire").selectFirst(".story-head .kicker").text());
    AdminClient admin = AdminClient.signedInAdmin(APP);
    String story = Seed.admin(APP, "stories", "ukraine-ceasefire");
    assertEquals(
        303,
        admin.submit(story + "/edit", story, Map.of("concluded_on", "2025-04-17")).statusCode());
    assertEquals(
        "Concluded 17 April 2025",
        APP.page("/stories/ukraine-ceasefire").selectFirst(".story-head .kicker").text());
    assertEquals(
        "Concluded 17 April 2025", APP.page("/").selectFirst(".story-card .kicker").text());
    assertEquals(
        422,
        admin.submit(story + "/edit", story, Map.of("concluded_on", "17/04/2025")).statusCode(),
        "a date the admin can read");
  }
}
