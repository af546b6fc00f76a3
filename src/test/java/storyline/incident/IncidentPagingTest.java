package storyline.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import storyline.story.StoryDao;
import storyline.support.TestApp;

/** Keyset paging over more incidents than fit on one page, many of them on the same day. */
class IncidentPagingTest {
  @RegisterExtension static final TestApp APP = new TestApp();
  static final int EXTRA = 45;

  @BeforeAll
  static void addIncidents() {
    APP.jdbi()
        .useHandle(
            handle -> {
              IncidentDao incidents = handle.attach(IncidentDao.class);
              long story = handle.createQuery("SELECT id FROM stories").mapTo(Long.class).one();
              for (int i = 0; i < EXTRA; i++) {
                incidents.insert(
                    new IncidentValues(
                        story,
                        "extra-" + i,
                        "Extra incident " + i,
                        "other",
                        LocalDate.of(2025, 4, 1 + i / 4),
                        DatePrecision.DAY,
                        null,
                        "Padding " + i,
                        Verification.REPORTED,
                        null,
                        null,
                        // Four a day: one without a time, and three whose times run against
                        // the order they were added in, so the list must order by time.
                        i % 4 == 0 ? TimeOfDay.UNKNOWN : (4 - i % 4) * 60,
                        null),
                    Instant.parse("2026-01-01T00:00:00Z"));
              }
              handle.attach(StoryDao.class).changed(story, Instant.parse("2026-01-01T00:00:00Z"));
            });
  }

  @Test
  void nextLinksWalkEveryIncidentOnceInOrderTwentyFiveAtATime() {
    List<String> seen = new ArrayList<>();
    List<String> dates = new ArrayList<>();
    String url = "/incidents";
    int pages = 0;
    while (url != null) {
      Document page = APP.page(url);
      List<String> slugs = page.select(".incident-card h3 a").eachAttr("href");
      assertTrue(slugs.size() <= 25);
      seen.addAll(slugs);
      dates.addAll(page.select(".incident-card .facts time").eachAttr("datetime"));
      assertTrue(page.selectFirst("[role=status]").text().startsWith((18 + EXTRA) + " incidents"));
      Element next = page.selectFirst("a[rel=next]");
      url = next == null ? null : next.attr("href");
      assertTrue(url == null || !url.contains("offset"));
      pages++;
    }
    assertEquals(3, pages);
    assertEquals(18 + EXTRA, seen.size());
    assertEquals(seen.size(), new HashSet<>(seen).size(), "no incident twice");
    assertEquals(dates.stream().sorted(java.util.Comparator.reverseOrder()).toList(), dates);
  }

  @Test
  void previousLinkReturnsToTheSamePageItCameFrom() {
    Document first = APP.page("/incidents?type=other");
    assertNull(first.selectFirst("a[rel=prev]"));
    Document second = APP.page(first.selectFirst("a[rel=next]").attr("href"));
    Element previous = second.selectFirst("a[rel=prev]");
    assertNotNull(previous);
    assertTrue(previous.attr("href").contains("type=other"), "filters survive paging");
    Document back = APP.page(previous.attr("href"));
    assertEquals(
        first.select(".incident-card h3 a").eachAttr("href"),
        back.select(".incident-card h3 a").eachAttr("href"));
    assertNull(back.selectFirst("a[rel=prev]"), "back on the first page");
    assertEquals(20, second.select(".incident-card").size());
  }

  @Test
  void pagingWorksOldestFirstToo() {
    Document first = APP.page("/incidents?sort=oldest");
    Document second = APP.page(first.selectFirst("a[rel=next]").attr("href"));
    String lastOfFirst = first.select(".incident-card .facts time").last().attr("datetime");
    String firstOfSecond = second.selectFirst(".incident-card .facts time").attr("datetime");
    assertTrue(lastOfFirst.compareTo(firstOfSecond) <= 0);
  }
}
