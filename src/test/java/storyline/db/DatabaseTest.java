package storyline.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DatabaseTest {
  private static final Pattern VERSION = Pattern.compile("V(\\d+)__.*\\.sql");

  @Test
  void theNewestMigrationIsTheOneStartUpChecksFor() throws IOException {
    int newest = 0;
    try (Stream<Path> files = Files.walk(Path.of("src/main/resources/db"))) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Matcher m = VERSION.matcher(file.getFileName().toString());
        if (m.matches()) {
          newest = Math.max(newest, Integer.parseInt(m.group(1)));
        }
      }
    }
    assertEquals(String.valueOf(newest), Database.LATEST_MIGRATION);
  }

  @Test
  void h2KeepsAnEighthOfTheHeapOfPagesUnlessTheUrlSaysOtherwise() {
    long mb = 1024 * 1024;
    assertTrue(Database.tunedForH2("jdbc:h2:file:./x", 128 * mb).contains(";CACHE_SIZE=16384;"));
    assertTrue(Database.tunedForH2("jdbc:h2:file:./x", 8192 * mb).contains(";CACHE_SIZE=65536;"));
    assertTrue(Database.tunedForH2("jdbc:h2:file:./x", 16 * mb).contains(";CACHE_SIZE=4096;"));
    String told = Database.tunedForH2("jdbc:h2:file:./x;cache_size=1000", 128 * mb);
    assertTrue(told.startsWith("jdbc:h2:file:./x;cache_size=1000;"), told);
    assertFalse(told.contains(";CACHE_SIZE="), told);
  }

  @Test
  void aDatabaseAlreadyUpToDateOpensAgainAndEveryWriteMovesTheCounter() {
    String url = "jdbc:h2:mem:db-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    long before;
    try (Database db = Database.open(url, "sa", "")) {
      before = db.changes().current();
      db.jdbi()
          .useHandle(
              h ->
                  h.execute(
                      "INSERT INTO places (slug, name, country, latitude, longitude, created_at,"
                          + " updated_at) VALUES ('p', 'P', 'C', 1, 2, CURRENT_TIMESTAMP,"
                          + " CURRENT_TIMESTAMP)"));
      assertTrue(db.changes().current() > before, "an autocommitted insert moves the counter");
    }
    try (Database again = Database.open(url, "sa", "")) {
      long now = again.changes().current();
      again.jdbi().useTransaction(h -> h.execute("UPDATE places SET name = 'Q' WHERE slug = 'p'"));
      assertTrue(again.changes().current() > now);
      again
          .jdbi()
          .useTransaction(
              h -> {
                h.execute("UPDATE places SET name = 'R' WHERE slug = 'p'");
                h.rollback();
              });
      assertEquals(now + 1, again.changes().current(), "a write rolled back moves nothing");
    }
  }
}
