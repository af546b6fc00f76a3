package storyline.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import storyline.admin.EditorDao;
import storyline.admin.FirstAdmin;
import storyline.admin.LoginFailureDao;
import storyline.admin.Passwords;
import storyline.admin.SessionDao;
import storyline.generate.Generator;
import storyline.incident.IncidentTypes;
import storyline.revision.RevisionLog;
import storyline.search.SearchDao;
import storyline.search.SearchIndex;
import storyline.search.SearchText;
import storyline.search.Terms;
import storyline.support.TestDatabases;
import storyline.web.Json;

/**
 * Moving a site: an H2 site with stories, history, an editor, a session and a failed sign-in is
 * copied into an empty database (PostgreSQL when the run is on PostgreSQL), every row of every
 * table arrives, the copy goes on working (new rows get new ids), and a database that is not empty
 * is refused before anything is written. The copy is then copied back into H2.
 */
class SiteCopyTest {

  @Test
  void aWholeSiteMovesToAnEmptyDatabaseAndBack() {
    try (Database h2 = open(TestDatabases.freshH2());
        Database target = open(TestDatabases.fresh());
        Database back = open(TestDatabases.freshH2())) {
      fill(h2.jdbi());
      Map<String, Long> before = counts(h2);
      for (String table :
          List.of(
              "incidents", "claims", "revisions", "editors", "editor_sessions", "login_failures")) {
        assertTrue(before.get(table) > 0, table + " holds rows to copy");
      }
      assertTrue(
          count(h2.jdbi(), "SELECT COUNT(*) FROM incidents WHERE violates_id IS NOT NULL") > 0,
          "some incidents refer to others in the same table");

      List<String> said = new ArrayList<>();
      List<SiteCopy.Table> copied =
          new SiteCopy(h2, target, said::add, new SearchIndex()::rebuild).run();

      assertEquals(before, counts(target));
      Set<String> content = new TreeSet<>(before.keySet());
      content.remove("change_counter");
      assertEquals(
          content,
          copied.stream().map(SiteCopy.Table::name).collect(Collectors.toCollection(TreeSet::new)));
      assertEquals(
          content.size() + 1, said.size(), "one line of progress per table, and the index");
      assertEquals(
          count(h2.jdbi(), "SELECT COUNT(*) FROM incidents WHERE violates_id IS NOT NULL"),
          count(target.jdbi(), "SELECT COUNT(*) FROM incidents WHERE violates_id IS NOT NULL"));
      long newest = count(target.jdbi(), "SELECT MAX(id) FROM editors");
      long added =
          target
              .jdbi()
              .withHandle(
                  h ->
                      h.attach(EditorDao.class)
                          .insert(
                              "second",
                              "Second editor",
                              "not a hash",
                              storyline.admin.EditorRole.EDITOR,
                              Instant.now()));
      assertTrue(added > newest, "the target's ids go on after the copied ones");

      IllegalStateException refused =
          assertThrows(
              IllegalStateException.class,
              () -> new SiteCopy(h2, target, s -> {}, new SearchIndex()::rebuild).run());
      assertTrue(refused.getMessage().contains("not empty"), refused.getMessage());
      assertEquals(before.get("incidents"), counts(target).get("incidents"));

      Map<String, Long> moved = counts(target);
      new SiteCopy(target, back, s -> {}, new SearchIndex()::rebuild).run();
      assertEquals(moved.get("incidents"), counts(back).get("incidents"));
      assertEquals(moved.get("revisions"), counts(back).get("revisions"));
      for (Database copy : List.of(target, back)) {
        assertTrue(finds(copy, h2), "search finds the copied incidents");
      }
    }
  }

  @Test
  void aNameThatIsNotAPlainIdentifierIsRefusedBeforeItReachesSql() {
    assertThrows(
        IllegalStateException.class,
        () ->
            new TableShape(
                "stories; drop table editors",
                List.of("id"),
                Map.of("id", "bigint"),
                List.of("id"),
                null,
                Set.of(),
                List.of()));
    assertThrows(
        IllegalStateException.class,
        () ->
            new TableShape(
                "stories", List.of("id\"--"), Map.of(), List.of("id"), null, Set.of(), List.of()));
  }

  /** Whether searching the copy for a word of a public incident's title finds incidents. */
  private static boolean finds(Database copy, Database original) {
    String title =
        original
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery("SELECT title FROM public_incidents ORDER BY id LIMIT 1")
                        .mapTo(String.class)
                        .one());
    String word = Terms.words(title).get(0);
    return !new SearchDao(copy.jdbi()).incidents(SearchText.parse(word), 5).isEmpty();
  }

  private static Database open(TestDatabases.Fresh fresh) {
    Database database = Database.open(fresh.url(), fresh.user(), fresh.password());
    IncidentTypes.install(database);
    return database;
  }

  /** Generated stories and their history, the first admin, a session and a failed sign-in. */
  private static void fill(Jdbi jdbi) {
    new Generator(jdbi, new RevisionLog(new Json()), new SearchIndex()).generate(120, 2, 5);
    Instant now = Instant.now();
    FirstAdmin.ensure(
        jdbi, new Passwords(), Optional.of("a long enough test password"), Clock.systemUTC());
    long admin = count(jdbi, "SELECT MIN(id) FROM editors");
    jdbi.useExtension(
        SessionDao.class,
        s ->
            s.insert(
                UUID.randomUUID().toString(), admin, "csrf", now, now.plus(Duration.ofHours(1))));
    jdbi.useExtension(LoginFailureDao.class, f -> f.record("someone", now));
  }

  private static Map<String, Long> counts(Database db) {
    return db.jdbi()
        .withHandle(
            h ->
                h
                    .createQuery(
                        "SELECT table_name FROM information_schema.tables WHERE table_type IN"
                            + " ('BASE TABLE') AND LOWER(table_schema) = 'public'")
                    .mapTo(String.class)
                    .list()
                    .stream()
                    .map(String::toLowerCase)
                    .filter(t -> !t.equals("flyway_schema_history"))
                    .collect(
                        Collectors.toMap(
                            t -> t,
                            t -> h.createQuery("SELECT COUNT(*) FROM " + t).mapTo(Long.class).one(),
                            (a, b) -> a,
                            java.util.TreeMap::new)));
  }

  private static long count(Jdbi jdbi, String sql) {
    return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
  }
}
