package storyline.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import storyline.db.Database;
import storyline.incident.IncidentTypes;
import storyline.revision.RevisionLog;
import storyline.web.Json;

class SeedLoaderTest {
  private Database database;
  private SeedLoader loader;

  @BeforeEach
  void openEmptyDatabase() {
    database =
        Database.open("jdbc:h2:mem:seed-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    IncidentTypes.install(database);
    Json json = new Json();
    loader =
        new SeedLoader(
            database.jdbi(),
            json,
            new RevisionLog(json),
            Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC));
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void loadsTheCeasefireStoryIntoAnEmptyDatabase() {
    assertTrue(loader.loadIfEmpty());
    Jdbi jdbi = database.jdbi();
    assertEquals(List.of("ukraine-ceasefire"), strings(jdbi, "SELECT slug FROM stories"));
    List<String> actors = strings(jdbi, "SELECT slug FROM actors");
    assertTrue(
        actors.containsAll(
            List.of(
                "volodymyr-zelenskyy",
                "donald-trump",
                "vladimir-putin",
                "dan-scavino",
                "sergiy-nykyforov",
                "olaf-scholz",
                "emmanuel-macron",
                "ursula-von-der-leyen",
                "antonio-guterres",
                "nato",
                "european-union",
                "united-nations",
                "white-house",
                "kremlin",
                "ukraine",
                "russia")),
        actors.toString());
    assertEquals(
        "White House",
        jdbi.withHandle(
            h ->
                h.createQuery(
                        "SELECT a.name FROM actors s JOIN actors a ON a.id = s.affiliation_id WHERE s.slug = 'dan-scavino'")
                    .mapTo(String.class)
                    .one()));
    List<String> places = strings(jdbi, "SELECT slug FROM places");
    assertTrue(
        places.containsAll(
            List.of(
                "kharkiv",
                "dnipro",
                "belgorod",
                "kursk",
                "mariupol",
                "bakhmut",
                "avdiivka",
                "kyiv",
                "moscow",
                "washington")));
    assertTrue(count(jdbi, "SELECT COUNT(*) FROM incidents") >= 12);
    assertEquals(
        0,
        count(
            jdbi,
            "SELECT COUNT(*) FROM incidents i WHERE NOT EXISTS "
                + "(SELECT 1 FROM incident_sources s WHERE s.incident_id = i.id)"),
        "every incident cites a source");
    assertEquals(
        0,
        count(
            jdbi,
            "SELECT COUNT(*) FROM claims c WHERE NOT EXISTS "
                + "(SELECT 1 FROM claim_sources s WHERE s.claim_id = c.id)"),
        "every claim cites a source");
    assertEquals(
        0,
        count(
            jdbi,
            "SELECT COUNT(*) FROM quotes q WHERE NOT EXISTS "
                + "(SELECT 1 FROM quote_sources s WHERE s.quote_id = q.id)"),
        "every quote cites a source");
    assertEquals(
        4,
        count(
            jdbi,
            "SELECT COUNT(*) FROM incidents v JOIN incidents a ON a.id = v.violates_id "
                + "WHERE a.slug = 'energy-infrastructure-truce'"));
    assertTrue(strings(jdbi, "SELECT text FROM quotes").contains("unresolved security conditions"));
  }

  @Test
  void articleIsTheSourceAndItsPublisherIsNotKnown() {
    loader.loadIfEmpty();
    var article =
        database
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            "SELECT publisher, kind FROM sources WHERE title LIKE 'Zelenskyy dials Trump%'")
                        .mapToMap()
                        .one());
    assertEquals(null, article.get("publisher"));
    assertEquals("independent_media", article.get("kind"));
    assertFalse(
        database
                .jdbi()
                .withHandle(
                    h ->
                        h.createQuery(
                                "SELECT COUNT(*) FROM stories "
                                    + "WHERE LOWER(body) LIKE '%cookie%' OR LOWER(summary) LIKE '%cookie%'")
                            .mapTo(Integer.class)
                            .one())
            > 0,
        "the cookie banner is page debris, not content");
  }

  @Test
  void everyLoadedEntryHasItsCreationRevision() {
    loader.loadIfEmpty();
    Jdbi jdbi = database.jdbi();
    for (String table :
        List.of("stories", "actors", "places", "incidents", "claims", "quotes", "sources")) {
      int rows = count(jdbi, "SELECT COUNT(*) FROM " + table);
      assertTrue(rows > 0, table);
    }
    int entries =
        count(
            jdbi,
            "SELECT (SELECT COUNT(*) FROM stories) + (SELECT COUNT(*) FROM actors)"
                + " + (SELECT COUNT(*) FROM places) + (SELECT COUNT(*) FROM incidents)"
                + " + (SELECT COUNT(*) FROM claims) + (SELECT COUNT(*) FROM quotes)"
                + " + (SELECT COUNT(*) FROM sources)");
    assertEquals(entries, count(jdbi, "SELECT COUNT(*) FROM revisions WHERE action = 'create'"));
  }

  @Test
  void loadsOnlyOnceAndNeverOverwritesEdits() {
    assertTrue(loader.loadIfEmpty());
    database
        .jdbi()
        .useHandle(
            h ->
                h.execute(
                    "UPDATE incidents SET title = 'Edited by an editor' WHERE slug = 'trump-putin-call'"));
    assertFalse(loader.loadIfEmpty());
    assertEquals(1, count(database.jdbi(), "SELECT COUNT(*) FROM stories"));
    assertEquals(
        List.of("Edited by an editor"),
        strings(database.jdbi(), "SELECT title FROM incidents WHERE slug = 'trump-putin-call'"));
  }

  private static List<String> strings(Jdbi jdbi, String sql) {
    return jdbi.withHandle(h -> h.createQuery(sql).mapTo(String.class).list());
  }

  private static int count(Jdbi jdbi, String sql) {
    return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
  }

  @Test
  void entriesGoThroughTheAdminsChecksAndTheirAffiliatesComeFirst() {
    Json json = new Json();
    SeedFile seed =
        new SeedFile(
            "test",
            List.of(),
            List.of(),
            List.of(
                // listed before the organization it belongs to: loaded after it all the same
                new SeedFile.SeedActor(
                    "a-minister", "A minister", "person", "Minister", "a-state", ""),
                new SeedFile.SeedActor("a-state", "A state", "state", "", null, "")),
            List.of(
                new SeedFile.SeedStory(
                    "Not A Slug",
                    "A story",
                    "Summary",
                    "",
                    "published",
                    null,
                    List.of(),
                    List.of())));
    IllegalStateException refused =
        assertThrows(
            IllegalStateException.class,
            () ->
                database
                    .jdbi()
                    .useTransaction(
                        h ->
                            new SeedLoading(
                                    h, Instant.parse("2026-11-27T12:00:00Z"), new RevisionLog(json))
                                .load(seed)));
    assertTrue(
        refused.getMessage().contains("story Not A Slug does not pass the admin's checks"),
        refused.getMessage());
  }
}
