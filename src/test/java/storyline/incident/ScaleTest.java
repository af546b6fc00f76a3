package storyline.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import storyline.generate.Generator;
import storyline.revision.RevisionLog;
import storyline.search.SearchIndex;
import storyline.support.TestApp;
import storyline.web.Json;

/**
 * The list on a generated site of 2,500 incidents in two stories, more than any count or picture
 * reads: every filter's first pages hold exactly the incidents a plain reading of every row finds,
 * in order, whichever way the query was planned; a story's page counts its newest 1,000.
 */
class ScaleTest {
  @RegisterExtension static final TestApp APP = TestApp.empty();
  static final int INCIDENTS = 2_500;

  /** Every public incident, as a plain query reads them, newest first. */
  private static List<Row> all;

  record Row(
      long id,
      String slug,
      String story,
      String type,
      String place,
      String verification,
      boolean contested,
      LocalDate date,
      int minute,
      Set<String> actors,
      String text) {}

  @BeforeAll
  static void generate() {
    Jdbi jdbi = APP.jdbi();
    new Generator(jdbi, new RevisionLog(new Json()), new SearchIndex()).generate(INCIDENTS, 2, 3);
    Map<Long, Set<String>> actors =
        jdbi.withHandle(
            h ->
                h
                    .createQuery(
                        "SELECT ia.incident_id, a.slug FROM incident_actors ia"
                            + " JOIN actors a ON a.id = ia.actor_id")
                    .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2)))
                    .list()
                    .stream()
                    .collect(
                        Collectors.groupingBy(
                            Map.Entry::getKey,
                            Collectors.mapping(Map.Entry::getValue, Collectors.toSet()))));
    all =
        jdbi.withHandle(
            h ->
                h.createQuery(
                        """
                        SELECT i.id, i.slug, s.slug, i.type, p.slug, i.verification, i.contested,
                               i.occurred_on, i.title || ' ' || i.summary || ' ' || COALESCE(p.name, ''),
                               i.occurred_minute
                          FROM incidents i JOIN stories s ON s.id = i.story_id
                          LEFT JOIN places p ON p.id = i.place_id
                         WHERE i.archived_at IS NULL AND s.archived_at IS NULL
                           AND s.status = 'published'
                         ORDER BY i.occurred_on DESC, i.occurred_minute DESC, i.id DESC
                        """)
                    .map(
                        (rs, ctx) ->
                            new Row(
                                rs.getLong(1),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getString(6),
                                rs.getBoolean(7),
                                rs.getObject(8, LocalDate.class),
                                rs.getInt(10),
                                actors.getOrDefault(rs.getLong(1), Set.of()),
                                rs.getString(9).toLowerCase(java.util.Locale.ROOT)))
                    .list());
  }

  @Test
  void theSiteIsBiggerThanAnythingCountedOrDrawn() {
    assertTrue(all.size() > IncidentQuery.EXACT_UP_TO * 2, "" + all.size());
    Document list = APP.page("/incidents");
    assertTrue(
        list.selectFirst("[role=status]").text().startsWith(all.size() + " incidents match")
            || list.selectFirst("[role=status]")
                .text()
                .startsWith(String.format(java.util.Locale.UK, "%,d incidents match", all.size())),
        list.selectFirst("[role=status]").text());
    Document strikes = APP.page("/incidents?type=strike&verification=claimed&contested=true");
    assertTrue(strikes.select(".incident-card").size() > 0);
  }

  @Test
  void aStoryOfMoreThanAThousandIncidentsCountsItsNewestThousandAndSaysSo() {
    Map<String, Long> sizes =
        all.stream().collect(Collectors.groupingBy(Row::story, Collectors.counting()));
    String story =
        sizes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    assertTrue(sizes.get(story) > IncidentQuery.PICTURED, sizes.toString());
    Map<String, Long> expected =
        all.stream()
            .filter(r -> r.story().equals(story))
            .limit(IncidentQuery.PICTURED)
            .collect(Collectors.groupingBy(Row::type, Collectors.counting()));
    Document page = APP.page("/stories/" + story);
    Map<String, Long> shown =
        page.select(".glance li a[href*=type=]").stream()
            .collect(
                Collectors.toMap(
                    a -> a.attr("href").replaceAll(".*type=", ""),
                    a -> Long.parseLong(a.selectFirst(".number").text())));
    assertEquals(expected, shown, "the counts at a glance are the newest 1,000's");
    assertEquals(
        2,
        page.select("p.meta").stream()
            .filter(p -> p.text().startsWith("In the newest 1,000 incidents"))
            .count(),
        "and say so, as the cast does");
    Set<String> places =
        all.stream()
            .filter(r -> r.story().equals(story))
            .limit(IncidentQuery.PICTURED)
            .map(Row::place)
            .filter(java.util.Objects::nonNull)
            .collect(Collectors.toSet());
    Set<String> offered =
        new java.util.HashSet<>(
            APP.page("/incidents?story=" + story).select("#f-place option").eachAttr("value"));
    offered.remove("");
    assertEquals(places, offered, "the list's filter offers the places of the same 1,000");

    List<Long> newest =
        all.stream()
            .filter(r -> r.story().equals(story))
            .limit(IncidentQuery.PICTURED)
            .map(Row::id)
            .toList();
    Set<String> cited =
        APP.jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            """
                            SELECT 'source-' || s.id FROM sources s
                             WHERE s.archived_at IS NULL AND s.id IN (
                               SELECT source_id FROM incident_sources WHERE incident_id IN (<ids>)
                               UNION
                               SELECT x.source_id FROM claim_sources x
                                 JOIN claims c ON c.id = x.claim_id
                                WHERE c.archived_at IS NULL AND c.incident_id IN (<ids>)
                               UNION
                               SELECT x.source_id FROM quote_sources x
                                 JOIN quotes q ON q.id = x.quote_id
                                 JOIN stories t ON t.id = q.story_id
                                WHERE t.slug = :story AND q.archived_at IS NULL)
                            """)
                        .bindList("ids", newest)
                        .bind("story", story)
                        .mapTo(String.class)
                        .set());
    Element sources = page.selectFirst("section[aria-labelledby=sources-heading]");
    assertEquals(
        cited,
        new java.util.HashSet<>(sources.select("ul.sources > li").eachAttr("id")),
        "the sources are those cited by the same 1,000, their claims and the story's quotes");
    assertTrue(
        sources.selectFirst("p.meta").text().startsWith("Cited in the newest 1,000 incidents"),
        "and say so");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "type=strike",
        "verification=confirmed&contested=true",
        "type=diplomacy&verification=claimed",
        "sort=oldest",
        "q=fuel",
        // Words without other forms in the generated text: PostgreSQL also finds English word
        // forms ("reaches" finds "reached"), which this oracle's plural rule does not.
        "q=convoy+grain",
        "q=corridor",
        "from=2021-01-01&to=2021-12-31",
        "contested=true&q=energy"
      })
  void firstAndDeepPagesHoldWhatEveryRowSays(String query) {
    List<Row> expected = all.stream().filter(r -> matches(r, query)).collect(Collectors.toList());
    if (query.contains("sort=oldest")) {
      expected.sort(
          Comparator.comparing(Row::date).thenComparing(Row::minute).thenComparing(Row::id));
    }
    List<String> walked = new ArrayList<>();
    String url = "/incidents" + (query.isEmpty() ? "" : "?" + query);
    for (int page = 0; page < 3 && url != null; page++) {
      Document doc = APP.page(url);
      walked.addAll(
          doc.select(".incident-card h3 a").eachAttr("href").stream()
              .map(h -> h.substring("/incidents/".length()))
              .toList());
      var next = doc.selectFirst("a[rel=next]");
      url = next == null ? null : next.attr("href");
    }
    List<String> want = expected.stream().limit(walked.size()).map(Row::slug).toList();
    assertEquals(want, walked, query);
    assertEquals(Math.min(expected.size(), 75), walked.size(), query);
  }

  private static boolean matches(Row r, String query) {
    for (String pair : query.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      String[] kv = pair.split("=");
      String value = kv[1];
      boolean ok =
          switch (kv[0]) {
            case "type" -> r.type().equals(value);
            case "verification" -> r.verification().equals(value);
            case "contested" -> r.contested();
            case "sort" -> true;
            case "from" -> !r.date().isBefore(LocalDate.parse(value));
            case "to" -> !r.date().isAfter(LocalDate.parse(value));
            case "q" ->
                java.util.Arrays.stream(value.split("\\+"))
                    .allMatch(
                        w ->
                            java.util.Arrays.stream(r.text().split("[^\\p{L}\\p{N}]+"))
                                .anyMatch(
                                    t -> t.equals(w) || t.equals(w + "s") || (t + "s").equals(w)));
            default -> throw new IllegalArgumentException(kv[0]);
          };
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
