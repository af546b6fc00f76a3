package storyline.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import storyline.App;
import storyline.Config;
import storyline.admin.Passwords;

/**
 * A fresh database for each app a test starts: an in-memory H2 database by default, or a new
 * database on the PostgreSQL server named by the system property {@value #POSTGRES} (such as {@code
 * jdbc:postgresql://127.0.0.1:25432/}, user {@code postgres}), which {@code .ci/run} starts.
 *
 * <p>An app's database is made ready (migrated, seeded, with its first admin) once per test run and
 * copied for each app: migrating and seeding took most of a second for each of the run's seventy
 * apps. The copy is the database {@link App#prepare} leaves, so an app starting on it does what it
 * does on a site that has run before: it checks the migrations and finds the seed there.
 */
public final class TestDatabases {
  /** The system property naming a PostgreSQL server to test against instead of H2. */
  public static final String POSTGRES = "storyline.test.postgres";

  /** The databases made ready once, by vendor and seed: an H2 script, or a PostgreSQL template. */
  private static final Map<String, String> READY = new ConcurrentHashMap<>();

  /**
   * Argon2id with 1 MiB and one pass instead of 19 MiB and two: the tests sign in hundreds of
   * times. Every app a test starts hashes with these, and so does the database copied for it.
   */
  public static final Passwords PASSWORDS = new Passwords(1024, 1);

  private TestDatabases() {}

  /** A new database's address, user and password. */
  public record Fresh(String url, String user, String password) {}

  /** Which database the tests run on, for the run's log. */
  public static String vendor() {
    return postgres() == null ? "H2 (in memory)" : "PostgreSQL at " + postgres();
  }

  private static final java.util.concurrent.atomic.AtomicBoolean ANNOUNCED =
      new java.util.concurrent.atomic.AtomicBoolean();

  /** Says once, in the run's log, which database the tests run on. */
  private static void announce() {
    if (!ANNOUNCED.getAndSet(true)) {
      System.out.println("Storyline's tests run on " + vendor());
    }
  }

  /** A new, empty database on the run's vendor. */
  public static Fresh fresh() {
    announce();
    String server = postgres();
    return server == null ? freshH2() : freshPostgres(server, null);
  }

  /** A new in-memory H2 database, whatever the run is on. */
  public static Fresh freshH2() {
    return new Fresh("jdbc:h2:mem:test-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
  }

  /**
   * A new database on the run's vendor as the app leaves it on its first start: migrated, seeded
   * when {@code seed}, with the first admin's password {@link TestApp#ADMIN_PASSWORD}.
   */
  public static Fresh ready(boolean seed) {
    announce();
    String server = postgres();
    if (server == null) {
      return readyH2(seed);
    }
    String template =
        READY.computeIfAbsent(
            "postgresql " + seed,
            key -> {
              Fresh made = freshPostgres(server, null);
              prepare(made, seed);
              return made.url().substring(server.length());
            });
    return freshPostgres(server, template);
  }

  /**
   * A new, empty database whose own locale is C when the run is on PostgreSQL: its LOWER() folds
   * only A to Z. On H2, which has no locale of its own, {@link #ready}.
   */
  public static Fresh inCLocale(boolean seed) {
    String server = postgres();
    if (server == null) {
      return readyH2(seed);
    }
    String name = "t_" + UUID.randomUUID().toString().replace("-", "").toLowerCase(Locale.ROOT);
    execute(
        new Fresh(server + "postgres", "postgres", ""),
        "CREATE DATABASE " + name + " TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C'");
    return new Fresh(server + name, "postgres", "");
  }

  /** {@link #ready} on H2, whatever the run is on. */
  public static Fresh readyH2(boolean seed) {
    String script =
        READY.computeIfAbsent(
            "h2 " + seed,
            key -> {
              Fresh made = freshH2();
              prepare(made, seed);
              try {
                Path file = Files.createTempFile("storyline-test-", ".sql");
                file.toFile().deleteOnExit();
                execute(made, "SCRIPT TO '" + file + "'", "SHUTDOWN");
                return file.toString();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    Fresh fresh = freshH2();
    execute(fresh, "RUNSCRIPT FROM '" + script + "'");
    recompileViews(fresh);
    return fresh;
  }

  /**
   * H2's script lists views and tables in the order they were made, so a view that an old migration
   * made and a later one replaced comes before the tables it reads, and is made broken ({@code
   * FORCE}). Recompiling each view, as often as there can be views over views, mends them.
   */
  private static void recompileViews(Fresh database) {
    try (Connection connection =
            DriverManager.getConnection(database.url(), database.user(), database.password());
        Statement statement = connection.createStatement()) {
      java.util.List<String> views = new java.util.ArrayList<>();
      try (java.sql.ResultSet rows =
          statement.executeQuery(
              "SELECT table_name FROM information_schema.views WHERE table_schema = 'PUBLIC'")) {
        while (rows.next()) {
          views.add(rows.getString(1));
        }
      }
      // A view over a view still broken fails to recompile; it is tried again after the others.
      while (!views.isEmpty()) {
        java.util.List<String> broken = new java.util.ArrayList<>();
        SQLException last = null;
        for (String view : views) {
          try {
            statement.execute("ALTER VIEW \"" + view + "\" RECOMPILE");
          } catch (SQLException e) {
            broken.add(view);
            last = e;
          }
        }
        if (broken.size() == views.size()) {
          throw last;
        }
        views = broken;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not mend the views of " + database.url(), e);
    }
  }

  private static void prepare(Fresh database, boolean seed) {
    App.prepare(config(database, seed, 0), new MutableClock(), PASSWORDS);
  }

  /**
   * A test site's configuration on this database: any free port, the tests' address and first
   * admin's password, and no proxy trusted.
   */
  public static Config config(Fresh database, boolean seed, int cacheMegabytes) {
    return new Config(
        0,
        database.url(),
        database.user(),
        database.password(),
        TestApp.BASE_URL,
        Optional.of(TestApp.ADMIN_PASSWORD),
        seed,
        cacheMegabytes,
        Set.of());
  }

  /** A new PostgreSQL database, copied from {@code template} when not null. */
  private static Fresh freshPostgres(String server, String template) {
    String name = "t_" + UUID.randomUUID().toString().replace("-", "").toLowerCase(Locale.ROOT);
    String copy = template == null ? "" : " TEMPLATE " + template;
    execute(new Fresh(server + "postgres", "postgres", ""), "CREATE DATABASE " + name + copy);
    return new Fresh(server + name, "postgres", "");
  }

  private static void execute(Fresh database, String... statements) {
    try (Connection connection =
            DriverManager.getConnection(database.url(), database.user(), database.password());
        Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not prepare the test database " + database.url(), e);
    }
  }

  private static String postgres() {
    String server = System.getProperty(POSTGRES, "").strip();
    return server.isEmpty() ? null : server.endsWith("/") ? server : server + "/";
  }
}
