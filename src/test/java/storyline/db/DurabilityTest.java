package storyline.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A commit is on disk when it returns: a process opens the database as the app does, commits one
 * row and dies on the spot, and the row is there when the file is opened again. (H2's default
 * writes commits up to half a second later, and loses this row every time; CrashIT does the same
 * through the whole app.)
 */
class DurabilityTest {
  @Test
  void aCommitSurvivesTheProcessDyingTheMomentItReturns() throws Exception {
    Path dir = Files.createDirectories(Path.of("target", "durability-test")).toAbsolutePath();
    String url = "jdbc:h2:file:" + dir.resolve("db-" + System.nanoTime());
    Process child =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp",
                    System.getProperty("java.class.path"),
                    Dies.class.getName(),
                    url))
            .inheritIO()
            .start();
    child.waitFor(60, TimeUnit.SECONDS);
    assertEquals(9, child.exitValue(), "the child died as planned, just after its commit");
    try (Database database = Database.open(url, "sa", "")) {
      int found =
          database
              .jdbi()
              .withHandle(
                  h ->
                      h.createQuery("SELECT COUNT(*) FROM places WHERE slug = 'written-then-died'")
                          .mapTo(Integer.class)
                          .one());
      assertEquals(1, found, "the committed row survived");
    }
  }

  /** The child: commits one row through the app's own database setup, then halts. */
  static final class Dies {
    public static void main(String[] args) {
      Database database = Database.open(args[0], "sa", "");
      database
          .jdbi()
          .useTransaction(
              h ->
                  h.execute(
                      "INSERT INTO places (slug, name, country, latitude, longitude, created_at,"
                          + " updated_at) VALUES ('written-then-died', 'Died', 'Nowhere', 0, 0,"
                          + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"));
      Runtime.getRuntime().halt(9);
    }
  }
}
