package storyline.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import storyline.support.AdminClient;
import storyline.support.NewEntries;
import storyline.support.Seed;
import storyline.support.TestApp;

/**
 * An incident of a published story can be saved as a draft: readers see nothing of it anywhere
 * until an editor publishes it, and then they see it appear once, with nothing of what was done to
 * it before.
 */
class IncidentDraftTest {
  @RegisterExtension static final TestApp APP = new TestApp();

  private static final String TITLE = "Zaporizhzhia grid operator reports outage";
  private static final String SLUG = "zaporizhzhia-grid-operator-reports-outage";

  @Test
  void aDraftIncidentIsHiddenFromReadersUntilItIsPublished() {
    AdminClient admin = AdminClient.signedInAdmin(APP);
    String storyAdmin = Seed.admin(APP, "stories", "ukraine-ceasefire");
    String storyId = NewEntries.idOf(storyAdmin);
    Map<String, List<String>> form = NewEntries.incidentForm(APP, admin, storyId, TITLE);
    assertEquals(List.of("true"), form.get("publish"), "a new incident is published by default");
    form.remove("publish");
    form.put("occurred_on", List.of("2025-03-20"));
    form.put("summary", List.of("A substation is out; the cause is unclear."));
    HttpResponse<String> saved = admin.post("/admin/incidents", form);
    assertEquals(303, saved.statusCode(), saved.body());
    String incident = saved.headers().firstValue("Location").orElseThrow().replace("/edit", "");

    Document edit = admin.page(incident + "/edit");
    Element box = edit.selectFirst("#f-publish");
    assertNotNull(box, "a draft's form offers to publish it");
    assertFalse(box.hasAttr("checked"), "and does not tick it for the editor");
    assertTrue(
        admin.page("/admin/incidents").text().contains("Draft · 2025-03-20"),
        "the admin list says it is a draft");

    APP.clock().advance(Duration.ofMinutes(5));
    assertEquals(
        303,
        admin
            .submit(
                incident + "/edit",
                incident,
                Map.of("occurred_on", "2025-03-21", "correction", "true", "note", "A day late."))
            .statusCode());
    assertHiddenFromReaders();
    Document preview = Jsoup.parse(admin.get(incident + "/preview").body());
    assertEquals(TITLE, preview.selectFirst("main h1").text(), "editors preview it");

    APP.clock().advance(Duration.ofMinutes(5));
    Instant publishedAt = APP.clock().instant();
    assertEquals(
        303, admin.submit(incident + "/edit", incident, Map.of("publish", "true")).statusCode());
    assertEquals(200, APP.get("/incidents/" + SLUG).statusCode());
    assertTrue(APP.page("/stories/ukraine-ceasefire").text().contains(TITLE));
    assertTrue(APP.get("/incidents.csv").body().contains(TITLE));
    Document feed =
        Jsoup.parse(APP.get("/stories/ukraine-ceasefire/feed.xml").body(), "", Parser.xmlParser());
    List<String> mentions =
        feed.select("item > title").eachText().stream().filter(t -> t.contains(TITLE)).toList();
    assertEquals(List.of("Added incident: " + TITLE), mentions, "it appears once, as added");
    Element added =
        feed.select("item").stream()
            .filter(i -> i.selectFirst("title").text().contains(TITLE))
            .findFirst()
            .orElseThrow();
    assertTrue(
        added.selectFirst("pubDate").text().contains(formatted(publishedAt)),
        "dated when it was published: " + added.selectFirst("pubDate").text());

    Document published = admin.page(incident + "/edit");
    assertNull(published.selectFirst("#f-publish"), "a published incident cannot be unpublished");
    assertEquals("published", published.selectFirst("input[name=publish]").val());
    assertEquals(
        303,
        admin.submit(incident + "/edit", incident, Map.of("summary", "Still out.")).statusCode());
    assertEquals(200, APP.get("/incidents/" + SLUG).statusCode(), "still published after a save");
  }

  private static void assertHiddenFromReaders() {
    assertEquals(404, APP.get("/incidents/" + SLUG).statusCode());
    assertFalse(APP.get("/incidents").body().contains(TITLE), "not in the list");
    assertFalse(APP.get("/stories/ukraine-ceasefire").body().contains(TITLE), "not on its story");
    assertFalse(APP.get("/search?q=Zaporizhzhia").body().contains(TITLE), "not in search");
    assertFalse(APP.get("/incidents.csv").body().contains(TITLE), "not in the export");
    assertFalse(APP.get("/incidents.json").body().contains(TITLE), "not in the JSON export");
    assertFalse(APP.get("/feed.xml").body().contains(TITLE), "not in the feed");
    assertFalse(APP.get("/stories/ukraine-ceasefire/feed.xml").body().contains(TITLE));
    assertFalse(APP.get("/sitemap.xml").body().contains(SLUG), "not in the sitemap");
  }

  /** The day and time as an RSS pubDate writes them, e.g. "02 Dec 2026 10:15". */
  private static String formatted(Instant at) {
    return java.time.format.DateTimeFormatter.ofPattern("dd MMM yyyy HH:mm", java.util.Locale.US)
        .withZone(java.time.ZoneOffset.UTC)
        .format(at);
  }
}
