package storyline.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndEntry;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import storyline.support.AdminClient;
import storyline.support.Seed;
import storyline.support.TestApp;

class FeedBehaviourTest {
  @RegisterExtension static final TestApp APP = new TestApp();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "type=strike",
        "place=kharkiv",
        "actor=vladimir-putin",
        "verification=disputed",
        "q=substations",
        "contested=true",
        "from=2025-03-20"
      })
  void aFilteredFeedHoldsExactlyTheIncidentsOfTheSameFilteredList(String query) {
    Set<String> listed =
        APP.page("/incidents?" + query).select(".incident-card h3 a").eachAttr("href").stream()
            .map(href -> TestApp.BASE_URL + href)
            .collect(Collectors.toSet());
    Set<String> fed =
        feed("/incidents/feed.xml?" + query).getEntries().stream()
            .map(SyndEntry::getLink)
            .collect(Collectors.toSet());
    assertEquals(listed, fed);
    assertTrue(
        APP.page("/incidents?" + query)
            .select("link[rel=alternate]")
            .eachAttr("href")
            .contains("/incidents/feed.xml?" + query));
  }

  @Test
  void aStatusChangeAddsAnEntryOfItsOwnAndLeavesTheOtherIdsAlone() {
    List<String> before = ids("/places/dnipro/feed.atom");
    APP.clock().advance(Duration.ofHours(1));
    AdminClient.signedInAdmin(APP)
        .submit(
            Seed.admin(APP, "incidents", "dnipro-substation-drone-strikes") + "/edit",
            Seed.admin(APP, "incidents", "dnipro-substation-drone-strikes"),
            Map.of("verification", "confirmed", "note", "The grid operator confirmed it."));
    List<SyndEntry> after = feed("/places/dnipro/feed.atom").getEntries();
    assertEquals(before.size() + 1, after.size());
    SyndEntry change = after.get(0);
    assertEquals(
        "Status changed: claimed → confirmed — Drones strike energy substations in Dnipro, Ukraine says",
        change.getTitle());
    assertEquals(
        TestApp.BASE_URL + "/incidents/dnipro-substation-drone-strikes",
        change.getLink(),
        "the incident keeps its URL");
    assertTrue(change.getDescription().getValue().contains("The grid operator confirmed it."));
    assertTrue(!before.contains(change.getUri()), "a new id");
    assertEquals(
        before,
        after.subList(1, after.size()).stream().map(SyndEntry::getUri).toList(),
        "the others keep theirs");
  }

  @Test
  void plainUpdatesStayOutOfTheFeeds() {
    List<String> before = ids("/places/avdiivka/feed.xml");
    AdminClient.signedInAdmin(APP)
        .submit(
            Seed.admin(APP, "incidents", "avdiivka-food-and-medicine-short") + "/edit",
            Seed.admin(APP, "incidents", "avdiivka-food-and-medicine-short"),
            Map.of(
                "summary",
                "The UN named Avdiivka among front-line places short of food and medicine."));
    assertEquals(before, ids("/places/avdiivka/feed.xml"));
  }

  @Test
  void conditionalGetsAnswer304WithNoBody() {
    HttpResponse<String> first = APP.get("/stories/ukraine-ceasefire/feed.xml");
    String etag = first.headers().firstValue("ETag").orElseThrow();
    String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
    HttpResponse<String> byTag =
        conditional("/stories/ukraine-ceasefire/feed.xml", "If-None-Match", etag);
    assertEquals(304, byTag.statusCode());
    assertEquals("", byTag.body());
    assertEquals(etag, byTag.headers().firstValue("ETag").orElseThrow());
    HttpResponse<String> byDate =
        conditional("/stories/ukraine-ceasefire/feed.xml", "If-Modified-Since", lastModified);
    assertEquals(304, byDate.statusCode());
    assertEquals("", byDate.body());
    assertEquals(
        200,
        conditional("/stories/ukraine-ceasefire/feed.xml", "If-None-Match", "\"something-else\"")
            .statusCode());
    assertEquals(
        200,
        conditional(
                "/stories/ukraine-ceasefire/feed.xml",
                "If-Modified-Since",
                "Mon, 01 Jan 2001 00:00:00 GMT")
            .statusCode());
    assertEquals(
        304,
        conditional(
                "/stories/ukraine-ceasefire/feed.atom",
                "If-None-Match",
                APP.get("/stories/ukraine-ceasefire/feed.atom")
                    .headers()
                    .firstValue("ETag")
                    .orElseThrow())
            .statusCode());
  }

  @Test
  void aChangeMakesTheOldEtagAndDateStale() {
    HttpResponse<String> first = APP.get("/places/kursk/feed.xml");
    String etag = first.headers().firstValue("ETag").orElseThrow();
    String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
    APP.clock().advance(Duration.ofMinutes(5));
    AdminClient.signedInAdmin(APP)
        .submit(
            Seed.admin(APP, "incidents", "kursk-fuel-depot-rail-strikes") + "/edit",
            Seed.admin(APP, "incidents", "kursk-fuel-depot-rail-strikes"),
            Map.of("verification", "reported", "note", "Reassessed."));
    HttpResponse<String> again = conditional("/places/kursk/feed.xml", "If-None-Match", etag);
    assertEquals(200, again.statusCode());
    assertNotEquals(etag, again.headers().firstValue("ETag").orElseThrow());
    assertEquals(
        200, conditional("/places/kursk/feed.xml", "If-Modified-Since", lastModified).statusCode());
  }

  private static com.rometools.rome.feed.synd.SyndFeed feed(String path) {
    HttpResponse<String> response = APP.get(path);
    assertEquals(200, response.statusCode(), path);
    return FeedTest.parse(response);
  }

  @Test
  void feedsHoldTheNewestFiftyEntries() {
    AdminClient admin = AdminClient.signedInAdmin(APP);
    int before = feed("/stories/ukraine-ceasefire/feed.xml").getEntries().size();
    for (int i = before; i <= 50; i++) {
      APP.clock().advance(Duration.ofMinutes(1));
      Map<String, List<String>> form =
          admin.form(
              "/admin/quotes/new?story_id=" + Seed.id(APP, "stories", "ukraine-ceasefire"),
              "/admin/quotes");
      form.put("text", List.of("Quote number " + i));
      form.put("actor_id", List.of("11"));
      form.put("source_ids", List.of("1"));
      assertEquals(303, admin.post("/admin/quotes", form).statusCode());
    }
    List<SyndEntry> entries = feed("/stories/ukraine-ceasefire/feed.xml").getEntries();
    assertEquals(50, entries.size());
    assertEquals("Added quote: “Quote number 50”", entries.get(0).getTitle());
  }

  @Test
  void renamingAPlaceMovesItsFeedsLastModifiedOn() {
    String before =
        APP.get("/places/bakhmut/feed.xml").headers().firstValue("Last-Modified").orElseThrow();
    APP.clock().advance(Duration.ofMinutes(7));
    AdminClient.signedInAdmin(APP)
        .submit(
            Seed.admin(APP, "places", "bakhmut") + "/edit",
            Seed.admin(APP, "places", "bakhmut"),
            Map.of("name", "Bakhmut (Artemivsk)"));
    HttpResponse<String> after =
        conditional("/places/bakhmut/feed.xml", "If-Modified-Since", before);
    assertEquals(200, after.statusCode());
    assertTrue(after.body().contains("Bakhmut (Artemivsk)"));
  }

  private static List<String> ids(String path) {
    return feed(path).getEntries().stream().map(SyndEntry::getUri).toList();
  }

  private static HttpResponse<String> conditional(String path, String header, String value) {
    return APP.send(HttpRequest.newBuilder(APP.uri(path)).header(header, value).GET().build());
  }
}
