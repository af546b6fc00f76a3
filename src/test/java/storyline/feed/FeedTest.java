package storyline.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import storyline.revision.PublicChanges;
import storyline.support.TestApp;

/** Every feed, parsed back with Rome. */
class FeedTest {
  @RegisterExtension static final TestApp APP = TestApp.shared();

  static SyndFeed parse(HttpResponse<String> response) {
    try {
      return new SyndFeedInput().build(new StringReader(response.body()));
    } catch (Exception e) {
      throw new AssertionError("not a feed: " + response.body(), e);
    }
  }

  static SyndFeed feed(String path) {
    HttpResponse<String> response = APP.get(path);
    assertEquals(200, response.statusCode(), path);
    return parse(response);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/feed.xml",
        "/feed.atom",
        "/stories/ukraine-ceasefire/feed.xml",
        "/stories/ukraine-ceasefire/feed.atom",
        "/actors/vladimir-putin/feed.xml",
        "/actors/vladimir-putin/feed.atom",
        "/places/kharkiv/feed.xml",
        "/places/kharkiv/feed.atom",
        "/incidents/feed.xml?type=strike",
        "/incidents/feed.atom?type=strike&sort=oldest"
      })
  void everyFeedParsesWithPermanentIdsLinksDatesAndNewestFirst(String path) {
    HttpResponse<String> response = APP.get(path);
    boolean atom = path.contains(".atom");
    assertEquals(
        atom ? "application/atom+xml; charset=utf-8" : "application/rss+xml; charset=utf-8",
        response.headers().firstValue("Content-Type").orElseThrow());
    assertEquals(
        "public, max-age=60", response.headers().firstValue("Cache-Control").orElseThrow());
    assertTrue(response.headers().firstValue("ETag").isPresent());
    assertTrue(response.headers().firstValue("Last-Modified").isPresent());
    SyndFeed feed = parse(response);
    assertEquals(atom ? "atom_1.0" : "rss_2.0", feed.getFeedType());
    List<SyndEntry> entries = feed.getEntries();
    assertFalse(entries.isEmpty(), path);
    assertTrue(entries.size() <= 50);
    Set<String> ids = new HashSet<>();
    Date previous = null;
    for (SyndEntry entry : entries) {
      assertTrue(entry.getUri().matches("tag:storyline\\.test,2026:revision:\\d+"), entry.getUri());
      assertTrue(ids.add(entry.getUri()), "ids are unique");
      assertTrue(
          entry.getLink().startsWith(TestApp.BASE_URL + "/incidents/")
              || entry.getLink().startsWith(TestApp.BASE_URL + "/stories/"),
          entry.getLink());
      Date date =
          entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
      assertNotNull(date);
      assertTrue(previous == null || !date.after(previous), "newest first");
      previous = date;
      assertFalse(entry.getTitle().isBlank());
      assertNotNull(entry.getDescription());
    }
  }

  @Test
  void siteFeedHoldsTheNewest50WithCategoriesAndEscapedHtmlSummaries() {
    int publicChanges =
        APP.jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            "SELECT COUNT(*) FROM ("
                                + PublicChanges.FROM
                                + PublicChanges.WHERE
                                + " AND r.kind <> 'update') c")
                        .mapTo(Integer.class)
                        .one());
    assertEquals(Math.min(50, publicChanges), feed("/feed.xml").getEntries().size());
    SyndEntry strike =
        feed("/places/kharkiv/feed.xml").getEntries().stream()
            .filter(e -> e.getTitle().startsWith("Added incident"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        "Added incident: Drones strike energy substations in Kharkiv, Ukraine says",
        strike.getTitle());
    assertEquals(
        TestApp.BASE_URL + "/incidents/kharkiv-substation-drone-strikes", strike.getLink());
    List<String> categories = strike.getCategories().stream().map(SyndCategory::getName).toList();
    assertTrue(
        categories.containsAll(List.of("Strike", "Kharkiv", "Russia", "Ukraine")),
        categories.toString());
    assertTrue(strike.getDescription().getValue().startsWith("<p>Ukrainian officials reported"));
    assertTrue(
        APP.get("/places/kharkiv/feed.xml").body().contains("&lt;p&gt;Ukrainian officials"),
        "HTML is escaped in the XML");
  }

  @Test
  void storyFeedTellsNewClaimsAndQuotesApart() {
    List<String> titles =
        feed("/stories/ukraine-ceasefire/feed.atom").getEntries().stream()
            .map(SyndEntry::getTitle)
            .toList();
    assertTrue(
        titles.stream().anyMatch(t -> t.startsWith("New claim by Kremlin on:")), titles.toString());
    assertTrue(
        titles.stream()
            .anyMatch(t -> t.startsWith("Added quote: “unresolved security conditions”")));
  }

  @Test
  void actorFeedHoldsOnlyWhatConcernsTheActor() {
    for (SyndEntry entry : feed("/actors/dan-scavino/feed.xml").getEntries()) {
      assertEquals(
          TestApp.BASE_URL + "/incidents/trump-zelenskyy-call", entry.getLink(), entry.getTitle());
    }
  }

  @Test
  void unknownFeedsAre404AndBadFiltersAre400() {
    assertEquals(404, APP.get("/stories/nope/feed.xml").statusCode());
    assertEquals(404, APP.get("/actors/nope/feed.atom").statusCode());
    assertEquals(404, APP.get("/places/nope/feed.xml").statusCode());
    assertEquals(400, APP.get("/incidents/feed.xml?type=earthquake").statusCode());
    assertEquals(400, APP.get("/incidents/feed.xml?place=atlantis").statusCode());
  }
}
