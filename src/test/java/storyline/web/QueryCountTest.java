package storyline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import storyline.incident.ActorRole;
import storyline.incident.ClaimDao;
import storyline.incident.ClaimStatus;
import storyline.incident.DatePrecision;
import storyline.incident.IncidentDao;
import storyline.incident.IncidentValues;
import storyline.incident.Stance;
import storyline.incident.TimeOfDay;
import storyline.incident.Verification;
import storyline.story.StoryDao;
import storyline.support.TestApp;

/**
 * The number of statements a page runs does not grow with the number of incidents: no query per
 * row, whatever the page shows. The app keeps nothing in memory here, so every request renders.
 */
class QueryCountTest {
  @RegisterExtension static final TestApp APP = TestApp.uncached();

  static final List<String> PAGES =
      List.of(
          "/",
          "/stories/ukraine-ceasefire",
          "/incidents",
          "/incidents?story=ukraine-ceasefire&type=strike",
          "/incidents?q=strikes",
          "/incidents?actor=vladimir-putin",
          "/actors/vladimir-putin",
          "/places/kharkiv",
          "/feed.xml",
          "/stories/ukraine-ceasefire/feed.xml",
          "/incidents.csv");

  @Test
  void statementsPerPageDoNotGrowWithTheIncidents() {
    AtomicInteger statements = new AtomicInteger();
    APP.jdbi()
        .setSqlLogger(
            new SqlLogger() {
              @Override
              public void logBeforeExecution(StatementContext context) {
                statements.incrementAndGet();
              }
            });
    int[] before = count(statements);
    addIncidents(120);
    int[] after = count(statements);
    for (int i = 0; i < PAGES.size(); i++) {
      assertTrue(before[i] > 0, PAGES.get(i));
      assertTrue(
          after[i] <= before[i],
          "statements for " + PAGES.get(i) + ": " + before[i] + " then " + after[i]);
    }
  }

  private static int[] count(AtomicInteger statements) {
    int[] counts = new int[PAGES.size()];
    for (int i = 0; i < PAGES.size(); i++) {
      statements.set(0);
      assertEquals(200, APP.get(PAGES.get(i)).statusCode(), PAGES.get(i));
      counts[i] = statements.get();
    }
    return counts;
  }

  /** More incidents in the seed story, with casts and contested claims, as editors would add. */
  private static void addIncidents(int count) {
    APP.jdbi()
        .useTransaction(
            h -> {
              long story =
                  h.createQuery("SELECT id FROM stories WHERE slug = 'ukraine-ceasefire'")
                      .mapTo(Long.class)
                      .one();
              long kharkiv =
                  h.createQuery("SELECT id FROM places WHERE slug = 'kharkiv'")
                      .mapTo(Long.class)
                      .one();
              List<Long> actors =
                  h.createQuery(
                          "SELECT id FROM actors WHERE slug IN ('vladimir-putin', 'russia',"
                              + " 'ukraine')")
                      .mapTo(Long.class)
                      .list();
              IncidentDao incidents = h.attach(IncidentDao.class);
              ClaimDao claims = h.attach(ClaimDao.class);
              Instant at = Instant.parse("2026-01-01T00:00:00Z");
              for (int i = 0; i < count; i++) {
                long id =
                    incidents.insert(
                        new IncidentValues(
                            story,
                            "more-strikes-" + i,
                            "More strikes " + i,
                            "strike",
                            LocalDate.of(2025, 3, 20).plusDays(i % 40),
                            DatePrecision.DAY,
                            kharkiv,
                            "Strikes reported again, number " + i,
                            Verification.CLAIMED,
                            null,
                            null,
                            TimeOfDay.UNKNOWN,
                            null),
                        at);
                for (int a = 0; a < actors.size(); a++) {
                  incidents.addActor(
                      id, actors.get(a), a == 0 ? ActorRole.INITIATOR : ActorRole.TARGET);
                }
                claims.insert(
                    id,
                    actors.get(1),
                    Stance.ALLEGES,
                    "It happened.",
                    null,
                    ClaimStatus.UNVERIFIED,
                    at);
                claims.insert(
                    id,
                    actors.get(2),
                    Stance.DENIES,
                    "It did not.",
                    null,
                    ClaimStatus.UNVERIFIED,
                    at);
                incidents.recomputeContested(id);
              }
              h.attach(StoryDao.class).changed(story, at);
              new storyline.search.SearchIndex().indexStory(h, story);
            });
  }
}
