package storyline.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import storyline.db.Database;
import storyline.incident.IncidentTypes;
import storyline.revision.RevisionLog;
import storyline.search.SearchIndex;
import storyline.web.Json;

class GeneratorTest {

  @Test
  void theSameSeedMakesTheSameDataAndAnotherSeedOther() {
    Map<String, List<String>> first = generated(300, 42);
    Map<String, List<String>> second = generated(300, 42);
    Map<String, List<String>> other = generated(300, 43);
    assertEquals(first.keySet(), second.keySet());
    for (String table : first.keySet()) {
      assertEquals(first.get(table), second.get(table), table);
    }
    assertNotEquals(first.get("INCIDENTS"), other.get("INCIDENTS"));
  }

  @Test
  void theDataHasWhatTheSiteShows() {
    try (Database db = fresh()) {
      Generator.Summary made = generator(db).generate(2_500, 7);
      assertEquals(2_500, made.incidents());
      assertEquals(3, made.stories());
      Jdbi jdbi = db.jdbi();
      assertEquals(2_500, count(jdbi, "SELECT COUNT(*) FROM incidents"));
      assertTrue(count(jdbi, "SELECT COUNT(*) FROM incidents WHERE contested") > 50);
      assertTrue(count(jdbi, "SELECT COUNT(*) FROM incidents WHERE archived_at IS NOT NULL") > 5);
      assertTrue(count(jdbi, "SELECT COUNT(*) FROM claims") > 500);
      assertTrue(count(jdbi, "SELECT COUNT(*) FROM quotes") > 50);
      assertTrue(count(jdbi, "SELECT COUNT(DISTINCT YEAR(occurred_on)) FROM incidents") >= 2);
      assertEquals(
          count(jdbi, "SELECT COUNT(*) FROM public_incidents"),
          count(jdbi, "SELECT SUM(incident_count) FROM stories WHERE status = 'published'"));
      assertTrue(count(jdbi, "SELECT COUNT(*) FROM search_terms") > 2_500);
      assertTrue(
          count(jdbi, "SELECT COUNT(*) FROM incidents WHERE verification = 'confirmed'") > 50);
      assertEquals(
          0,
          count(
              jdbi,
              """
              SELECT COUNT(*) FROM incidents i WHERE i.verification = 'confirmed'
                 AND NOT EXISTS (SELECT 1 FROM incident_sources x
                                   JOIN sources s ON s.id = x.source_id
                                  WHERE x.incident_id = i.id AND s.kind <> 'party')
              """),
          "only a source independent of the parties confirms an incident, as editors must cite");
    }
  }

  @Test
  void theNumberOfStoriesCanBeChosen() {
    try (Database db = fresh()) {
      Generator.Summary made = generator(db).generate(60, 4, 2);
      assertEquals(4, made.stories());
      assertEquals(4, count(db.jdbi(), "SELECT COUNT(*) FROM stories"));
      assertEquals(60, count(db.jdbi(), "SELECT COUNT(*) FROM incidents"));
      assertThrows(IllegalArgumentException.class, () -> generator(db).generate(3, 4, 2));
    }
  }

  @Test
  void itFillsOnlyAnEmptyDatabase() {
    try (Database db = fresh()) {
      generator(db).generate(10, 1);
      assertThrows(IllegalStateException.class, () -> generator(db).generate(10, 1));
    }
  }

  private static Map<String, List<String>> generated(int incidents, long seed) {
    try (Database db = fresh()) {
      generator(db).generate(incidents, seed);
      return dump(db.jdbi());
    }
  }

  /** Every row of every table, in a stable order, as text. */
  static Map<String, List<String>> dump(Jdbi jdbi) {
    return jdbi.withHandle(
        h -> {
          Map<String, List<String>> tables = new LinkedHashMap<>();
          List<String> names =
              h.createQuery(
                      """
                      SELECT table_name FROM information_schema.tables
                       WHERE table_schema = 'PUBLIC' AND table_type = 'BASE TABLE'
                         AND table_name <> 'flyway_schema_history'
                       ORDER BY table_name
                      """)
                  .mapTo(String.class)
                  .list();
          for (String table : names) {
            int columns =
                h.createQuery(
                        "SELECT COUNT(*) FROM information_schema.columns WHERE table_name = :t")
                    .bind("t", table)
                    .mapTo(Integer.class)
                    .one();
            String order =
                IntStream.rangeClosed(1, columns)
                    .mapToObj(String::valueOf)
                    .collect(Collectors.joining(", "));
            tables.put(
                table,
                h.createQuery("SELECT * FROM <table> ORDER BY <order>")
                    .define("table", table)
                    .define("order", order)
                    .map(
                        (rs, ctx) ->
                            IntStream.rangeClosed(1, columns)
                                .mapToObj(
                                    c -> {
                                      try {
                                        return String.valueOf(rs.getObject(c));
                                      } catch (java.sql.SQLException e) {
                                        throw new IllegalStateException(e);
                                      }
                                    })
                                .collect(Collectors.joining("|")))
                    .list());
          }
          return tables;
        });
  }

  private static long count(Jdbi jdbi, String sql) {
    return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
  }

  private static Database fresh() {
    Database database =
        Database.open("jdbc:h2:mem:gen-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    IncidentTypes.install(database);
    return database;
  }

  private static Generator generator(Database db) {
    return new Generator(db.jdbi(), new RevisionLog(new Json()), new SearchIndex());
  }
}
