package storyline.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * A fresh, empty database for each app a test starts: an in-memory H2 database by default, or a new
 * database on the PostgreSQL server named by the system property {@value #POSTGRES} (such as {@code
 * jdbc:postgresql://127.0.0.1:25432/}, user {@code postgres}), which {@code .ci/run} starts.
 */
public final class TestDatabases {
  /** The system property naming a PostgreSQL server to test against instead of H2. */
  public static final String POSTGRES = "storyline.test.postgres";

  private TestDatabases() {}

  /** A new database's address, user and password. */
  public record Fresh(String url, String user, String password) {}

  /** Which database the tests run on, for the run's log. */
  public static String vendor() {
    return postgres() == null ? "H2 (in memory)" : "PostgreSQL at " + postgres();
  }

  private static final java.util.concurrent.atomic.AtomicBoolean ANNOUNCED =
      new java.util.concurrent.atomic.AtomicBoolean();

  public static Fresh fresh() {
    if (!ANNOUNCED.getAndSet(true)) {
      System.out.println("Storyline's tests run on " + vendor());
    }
    String server = postgres();
    if (server == null) {
      return freshH2();
    }
    String name = "t_" + UUID.randomUUID().toString().replace("-", "").toLowerCase(Locale.ROOT);
    try (Connection admin = DriverManager.getConnection(server + "postgres", "postgres", "");
        Statement create = admin.createStatement()) {
      create.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create a test database on " + server, e);
    }
    return new Fresh(server + name, "postgres", "");
  }

  /** A new in-memory H2 database, whatever the run is on. */
  public static Fresh freshH2() {
    return new Fresh("jdbc:h2:mem:test-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
  }

  private static String postgres() {
    String server = System.getProperty(POSTGRES, "").strip();
    return server.isEmpty() ? null : server.endsWith("/") ? server : server + "/";
  }
}
