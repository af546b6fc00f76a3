package storyline.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import storyline.support.AdminClient;
import storyline.support.TestApp;

/** A backup of a running site, restored into an empty database, holds every row of every table. */
class BackupTest {
  /** Storyline's own backups are H2's SCRIPT; PostgreSQL sites use pg_dump. */
  @RegisterExtension static final TestApp APP = TestApp.onH2();

  @Test
  void aBackupRestoredIntoAnEmptyDatabaseHasEveryTableRowForRow() throws Exception {
    AdminClient admin = AdminClient.signedInAdmin(APP);
    admin.submit(
        "/admin/places/new",
        "/admin/places",
        Map.of(
            "name", "Zaporizhzhia 😀 «quoted»",
            "country", "Ukraine",
            "latitude", "47.84",
            "longitude", "35.14"));
    Path file =
        Files.createDirectories(Path.of("target", "backup-test"))
            .resolve(UUID.randomUUID() + ".sql.gz");
    String source = APP.jdbi().withHandle(h -> h.getConnection().getMetaData().getURL());
    APP.jdbi().useHandle(h -> Backup.write(h.getConnection(), file));
    assertTrue(Files.size(file) > 1_000, "a gzipped script with the whole site");

    String target = "jdbc:h2:mem:restored-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    Backup.restore(target, "sa", "", file);

    Map<String, List<String>> before = APP.jdbi().withHandle(h -> dump(h.getConnection()));
    Map<String, List<String>> after;
    try (Connection restored = DriverManager.getConnection(target, "sa", "")) {
      after = dump(restored);
    }
    assertTrue(before.containsKey("INCIDENTS") && before.get("INCIDENTS").size() > 10, source);
    assertEquals(before.keySet(), after.keySet(), "the same tables");
    for (String table : before.keySet()) {
      assertEquals(before.get(table), after.get(table), "the rows of " + table);
    }
    assertTrue(
        after.get("PLACES").stream().anyMatch(row -> row.contains("Zaporizhzhia 😀 «quoted»")));
  }

  @Test
  void restoreRefusesADatabaseThatIsNotEmpty() throws Exception {
    Path file =
        Files.createDirectories(Path.of("target", "backup-test"))
            .resolve(UUID.randomUUID() + ".sql.gz");
    APP.jdbi().useHandle(h -> Backup.write(h.getConnection(), file));
    String target = "jdbc:h2:mem:full-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    Backup.restore(target, "sa", "", file);
    IllegalStateException refused =
        assertThrows(IllegalStateException.class, () -> Backup.restore(target, "sa", "", file));
    assertTrue(refused.getMessage().contains("not empty"), refused.getMessage());
  }

  /** Every row of every table, each written out as text, in the order of all its columns. */
  static Map<String, List<String>> dump(Connection connection) throws Exception {
    List<String> tables = new ArrayList<>();
    try (ResultSet rows =
        connection
            .createStatement()
            .executeQuery(
                "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'"
                    + " AND TABLE_TYPE = 'BASE TABLE'")) {
      while (rows.next()) {
        tables.add(rows.getString(1));
      }
    }
    Map<String, List<String>> dump = new TreeMap<>();
    for (String table : tables) {
      List<String> lines = new ArrayList<>();
      try (Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery("SELECT * FROM \"" + table + "\"")) {
        ResultSetMetaData meta = rows.getMetaData();
        while (rows.next()) {
          StringBuilder line = new StringBuilder();
          for (int c = 1; c <= meta.getColumnCount(); c++) {
            line.append(rows.getString(c)).append('\u241f');
          }
          lines.add(line.toString());
        }
      }
      lines.sort(null);
      dump.put(table, lines);
    }
    return dump;
  }
}
