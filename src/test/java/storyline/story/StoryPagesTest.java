package storyline.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import storyline.admin.AdminTable;
import storyline.revision.EntityType;
import storyline.support.TestApp;

class StoryPagesTest {
  @RegisterExtension static final TestApp APP = new TestApp();

  @Test
  void homeListsPublishedStoriesWithTheirLatestIncidents() {
    Document home = APP.page("/");
    Element card = home.selectFirst(".story-card");
    assertEquals("/stories/ukraine-ceasefire", card.selectFirst("h2 a").attr("href"));
    assertTrue(card.selectFirst(".meta").text().contains("18 incidents"));
    List<String> latest = card.select(".incident-card h4 a").eachAttr("href");
    assertEquals(3, latest.size());
    assertEquals("/incidents/next-round-of-talks", latest.get(0), "newest incident first");
  }

  @Test
  void homeOrdersStoriesByLastUpdateAndHidesDrafts() {
    long older = insertStory("older-story", "published");
    insertStory("secret-draft", "draft");
    APP.jdbi()
        .useHandle(
            h ->
                h.execute(
                    "UPDATE stories SET updated_at = ? WHERE id = ?",
                    Instant.parse("2000-01-01T00:00:00Z"),
                    older));
    List<String> order = APP.page("/").select(".story-card h2 a").eachAttr("href");
    assertTrue(order.indexOf("/stories/ukraine-ceasefire") < order.indexOf("/stories/older-story"));
    assertFalse(order.contains("/stories/secret-draft"));
    assertEquals(404, APP.get("/stories/secret-draft").statusCode());
  }

  @Test
  void storyPageShowsSummaryLastUpdateAndCountsByType() {
    Document story = APP.page("/stories/ukraine-ceasefire");
    assertTrue(story.selectFirst("h1").text().startsWith("Ukraine ceasefire"));
    assertTrue(story.selectFirst(".story-head .lede").text().contains("30-day ceasefire"));
    Element updated = story.selectFirst(".story-head .meta time");
    assertEquals("2026-11-27T12:00:00Z", updated.attr("datetime"));
    assertEquals("4", countFor(story, "strike"));
    assertEquals("5", countFor(story, "humanitarian"));
    assertEquals("1", countFor(story, "agreement"));
    assertEquals(
        "/incidents?story=ukraine-ceasefire&type=strike",
        story.selectFirst(".glance a[href*=type=strike]").attr("href"));
  }

  @Test
  void timelineGroupsIncidentsByDayInDateOrder() {
    Document story = APP.page("/stories/ukraine-ceasefire");
    List<String> days = story.select(".timeline > li > h3 time").eachAttr("datetime");
    assertEquals(List.of("2025-03-18", "2025-03-19", "2025-03-21"), days);
    Element firstDay = story.selectFirst(".timeline > li");
    assertEquals(
        List.of(
            "/incidents/trump-putin-call",
            "/incidents/energy-infrastructure-truce",
            "/incidents/putin-refuses-30-day-ceasefire"),
        firstDay.select(".incident-card h4 a").eachAttr("href"));
    int total = story.select(".timeline .incident-card").size();
    assertEquals(18, total);
    for (Element day : story.select(".timeline > li")) {
      LocalDate date = LocalDate.parse(day.selectFirst("h3 time").attr("datetime"));
      for (Element time : day.select(".incident-card .facts time")) {
        assertEquals(date.toString(), time.attr("datetime"));
      }
    }
  }

  @Test
  void storyPageListsActorsWithTheirRoles() {
    Document story = APP.page("/stories/ukraine-ceasefire");
    Element scavino =
        story.select(".cast li").stream()
            .filter(li -> li.text().startsWith("Dan Scavino"))
            .findFirst()
            .orElseThrow();
    assertTrue(scavino.text().contains("White House deputy chief of staff"));
    assertTrue(scavino.text().contains("Reporter in 1 incident"));
    assertTrue(story.select(".cast a").eachAttr("href").contains("/actors/volodymyr-zelenskyy"));
  }

  @Test
  void contestedIncidentsShowEachSidesClaimsSideBySide() {
    Document story = APP.page("/stories/ukraine-ceasefire");
    List<String> contested = story.select("article.contested h3 a").eachAttr("href");
    assertEquals(
        List.of(
            "/incidents/energy-infrastructure-truce",
            "/incidents/belgorod-fuel-depot-rail-strikes",
            "/incidents/kursk-fuel-depot-rail-strikes"),
        contested);
    Element belgorod = story.select("article.contested").get(1);
    List<String> sides = belgorod.select(".side h4").eachText();
    assertEquals(List.of("Russia", "Ukraine"), sides, "the Kremlin speaks for Russia");
    Element ukraine =
        belgorod.select(".side").stream()
            .filter(s -> s.selectFirst("h4").text().equals("Ukraine"))
            .findFirst()
            .orElseThrow();
    assertTrue(ukraine.text().contains("Denies"));
    assertTrue(ukraine.text().contains("military logistics"));
  }

  @Test
  void storyPageShowsQuotesAndTheSourceWithUnknownPublisher() {
    Document story = APP.page("/stories/ukraine-ceasefire");
    List<String> quotes = story.select(".quote blockquote").eachText();
    assertTrue(quotes.contains("“unresolved security conditions”"), quotes.toString());
    assertTrue(quotes.stream().anyMatch(q -> q.contains("deeply disheartening")));
    assertTrue(quotes.stream().anyMatch(q -> q.contains("resilience alone cannot power homes")));
    assertTrue(quotes.stream().anyMatch(q -> q.contains("regroup and strike again")));
    Element article =
        story.select(".sources li").stream()
            .filter(li -> li.text().contains("Zelenskyy dials Trump"))
            .findFirst()
            .orElseThrow();
    assertTrue(article.text().contains("Publisher not known"));
    assertTrue(article.text().contains("Independent media"));
    assertTrue(story.select(".sources li").text().contains("Kremlin readout"));
  }

  @Test
  void storyBodyMarkdownIsRenderedWithoutPassingRawHtmlThrough() {
    long id = insertStory("markup-story", "published");
    APP.jdbi()
        .useHandle(
            h ->
                h.execute(
                    "UPDATE stories SET body = ? WHERE id = ?",
                    "## Heading\n\nSome *emphasis* <script>alert(1)</script> [x](javascript:alert(1))",
                    id));
    Document story = APP.page("/stories/markup-story");
    Element prose = story.selectFirst(".prose:has(h2)");
    assertEquals("Heading", prose.selectFirst("h2").text());
    assertEquals("emphasis", prose.selectFirst("em").text());
    assertTrue(story.select("main script").isEmpty());
    assertTrue(prose.text().contains("<script>alert(1)</script>"), "markup shown as text");
    assertFalse(prose.select("a").attr("href").startsWith("javascript"));
  }

  @Test
  void unknownStoryIs404() {
    assertEquals(404, APP.get("/stories/no-such-story").statusCode());
  }

  private static String countFor(Document story, String type) {
    return story.selectFirst(".glance a[href$=type=" + type + "] .number").text();
  }

  private static long insertStory(String slug, String status) {
    return APP.jdbi()
        .withHandle(
            h ->
                AdminTable.insert(
                    h,
                    EntityType.STORY,
                    AdminTable.columns(
                        "slug",
                        slug,
                        "title",
                        "Title of " + slug,
                        "summary",
                        "Summary of " + slug,
                        "body",
                        "",
                        "status",
                        StoryStatus.valueOf(status.toUpperCase()),
                        "published_at",
                        Instant.parse("2026-01-01T00:00:00Z")),
                    Instant.parse("2026-01-01T00:00:00Z")));
  }

  @Test
  void quotesSayWhenTheyWereSaidAndWhereTheyComeFrom() {
    var quote = APP.page("/stories/ukraine-ceasefire").selectFirst("figure.quote figcaption");
    assertTrue(quote.selectFirst("time") != null, quote.outerHtml());
    assertTrue(quote.text().contains("Source:"), quote.text());
    var link = quote.selectFirst("a[rel=noopener]");
    assertTrue(link == null || link.attr("href").startsWith("http"), quote.outerHtml());
  }
}
