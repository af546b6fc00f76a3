package storyline.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import storyline.support.TestDatabases;

/**
 * Rows written by their key, in the database's own statement: a replacing write keeps one row with
 * the newest values, a write-if-absent leaves the first, and neither fails or aborts a transaction.
 */
class UpsertTest {
  private static final Upsert REPRESENTATION =
      new Upsert(
          "representations",
          List.of("resource"),
          List.of("resource", "etag", "last_modified", "seen_at"));

  @Test
  void eachDatabaseWritesByKeyInItsOwnStatement() {
    assertTrue(REPRESENTATION.replacing(Database.Vendor.H2).startsWith("MERGE INTO"));
    assertTrue(
        REPRESENTATION.replacing(Database.Vendor.POSTGRESQL).contains("ON CONFLICT (resource)"));
    assertTrue(
        REPRESENTATION
            .ifAbsent(Database.Vendor.POSTGRESQL)
            .endsWith("ON CONFLICT (resource) DO NOTHING"));

    TestDatabases.Fresh fresh = TestDatabases.fresh();
    try (Database db = Database.open(fresh.url(), fresh.user(), fresh.password())) {
      Jdbi jdbi = db.jdbi();
      Instant t1 = Instant.parse("2026-12-01T10:00:00Z");
      Instant t2 = Instant.parse("2026-12-02T10:00:00Z");
      jdbi.useTransaction(
          h -> {
            assertEquals(1, REPRESENTATION.insertIfAbsent(h, "/feed.xml", "\"a\"", t1, t1));
            assertEquals(
                0,
                REPRESENTATION.insertIfAbsent(h, "/feed.xml", "\"b\"", t2, t2),
                "the first stays");
            // The transaction goes on after the refused write, on PostgreSQL too.
            REPRESENTATION.replace(h, "/feed.atom", "\"c\"", t1, t1);
            REPRESENTATION.replace(h, "/feed.atom", "\"d\"", t2, t2);
          });
      Map<String, String> etags =
          jdbi.withHandle(
              h ->
                  h
                      .createQuery("SELECT resource, etag FROM representations ORDER BY resource")
                      .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                      .list()
                      .stream()
                      .collect(
                          java.util.stream.Collectors.toMap(
                              Map.Entry::getKey, Map.Entry::getValue)));
      assertEquals(Map.of("/feed.xml", "\"a\"", "/feed.atom", "\"d\""), etags);
    }
  }
}
