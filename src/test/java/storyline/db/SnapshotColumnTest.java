package storyline.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import storyline.revision.ChangeKind;
import storyline.revision.EntityType;
import storyline.revision.Revision;
import storyline.revision.RevisionAction;
import storyline.revision.RevisionDao;
import storyline.support.TestDatabases;

/**
 * Each revision's snapshot is kept exactly as written, in the type each database does best:
 * PostgreSQL's json, which refuses text that is not JSON, and text on H2.
 */
class SnapshotColumnTest {
  /** Keys in an order jsonb would change (it sorts them by length), and a repeated space. */
  private static final String WRITTEN = "{\"title\":\"Ceasefire  talks\",\"id\":7,\"a\":[1,2]}";

  @Test
  void aSnapshotIsKeptAsWrittenAndPostgreSqlRefusesOneThatIsNotJson() {
    TestDatabases.Fresh fresh = TestDatabases.fresh();
    try (Database db = Database.open(fresh.url(), fresh.user(), fresh.password())) {
      Jdbi jdbi = db.jdbi();
      long id =
          jdbi.withExtension(RevisionDao.class, dao -> dao.insert(revision(WRITTEN), null, null));
      assertEquals(
          WRITTEN,
          jdbi.withHandle(
              h ->
                  h.createQuery("SELECT snapshot FROM revisions WHERE id = :id")
                      .bind("id", id)
                      .mapTo(String.class)
                      .one()),
          "read back as written, keys in their order");

      String broken = "{\"title\": \"cut off";
      if (db.vendor() == Database.Vendor.POSTGRESQL) {
        assertEquals("json", columnType(jdbi));
        assertThrows(
            RuntimeException.class,
            () ->
                jdbi.useExtension(
                    RevisionDao.class, dao -> dao.insert(revision(broken), null, null)),
            "PostgreSQL refuses a snapshot that is not JSON");
      } else {
        assertEquals("CHARACTER VARYING", columnType(jdbi).toUpperCase(java.util.Locale.ROOT));
      }
    }
  }

  private static String columnType(Jdbi jdbi) {
    return jdbi.withHandle(
        (Handle h) ->
            h.createQuery(
                    """
                    SELECT data_type FROM information_schema.columns
                     WHERE LOWER(table_name) = 'revisions' AND LOWER(column_name) = 'snapshot'
                    """)
                .mapTo(String.class)
                .one());
  }

  private static Revision revision(String snapshot) {
    return new Revision(
        0,
        EntityType.STORY,
        1,
        1,
        null,
        Instant.parse("2026-12-01T10:00:00Z"),
        RevisionAction.CREATE,
        ChangeKind.ADDITION,
        "A story",
        null,
        snapshot,
        "");
  }
}
