package storyline.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/** The connection pool, the schema migrations and the configured Jdbi, opened together. */
public final class Database implements AutoCloseable {
  private final HikariDataSource dataSource;
  private final Jdbi jdbi;
  private final Vendor vendor;
  private final ChangeCounter changes;

  private Database(HikariDataSource dataSource, Vendor vendor) {
    this.dataSource = dataSource;
    this.vendor = vendor;
    this.jdbi = Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin());
    this.changes = new ChangeCounter(dataSource);
    LowercaseEnums.install(jdbi);
    jdbi.registerRowMapper(new RecordRows());
    // What JSON text is cast to on its way in (CAST(:x AS <json>)): PostgreSQL's json type, which
    // checks it (V22); H2 keeps text.
    jdbi.define("json", vendor == Vendor.POSTGRESQL ? "json" : "VARCHAR(1000000)");
  }

  /** The databases Storyline runs on; each has migrations of its own beside the shared ones. */
  public enum Vendor {
    H2("h2"),
    POSTGRESQL("postgresql");

    private final String folder;

    Vendor(String folder) {
      this.folder = folder;
    }

    /** The database a handle is connected to. */
    public static Vendor of(org.jdbi.v3.core.Handle handle) {
      try {
        String product = handle.getConnection().getMetaData().getDatabaseProductName();
        return product.equalsIgnoreCase("PostgreSQL") ? POSTGRESQL : H2;
      } catch (SQLException e) {
        throw new IllegalStateException("Could not tell which database this is", e);
      }
    }

    static Vendor of(String url) {
      if (url.startsWith("jdbc:h2:")) {
        return H2;
      }
      if (url.startsWith("jdbc:postgresql:")) {
        return POSTGRESQL;
      }
      throw new IllegalArgumentException(
          "STORYLINE_DB_URL must name an H2 or a PostgreSQL database (jdbc:h2:... or"
              + " jdbc:postgresql:...)");
    }
  }

  /** Opens a pool on the given database and brings its schema up to date. */
  public static Database open(String url, String user, String password) {
    Vendor vendor = Vendor.of(url);
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(vendor == Vendor.H2 ? tunedForH2(url) : url);
    config.setUsername(user);
    config.setPassword(password);
    config.setPoolName("storyline");
    config.setMaximumPoolSize(10);
    HikariDataSource dataSource = new HikariDataSource(config);
    try {
      migrate(dataSource, vendor);
      return new Database(dataSource, vendor);
    } catch (RuntimeException e) {
      dataSource.close();
      throw e;
    }
  }

  /**
   * H2 keeps only 8 parsed statements per connection unless told otherwise; the app uses a few
   * dozen, so each would be parsed again on most uses. And H2 writes committed transactions to its
   * file up to half a second later by default, so a save already acknowledged to an editor was lost
   * when the process died: {@code WRITE_DELAY=0} writes each commit before it returns.
   *
   * <p>H2 also keeps up to 64 MB of the file's pages in the heap. A small database never fills
   * that, but at 100,000 incidents it did, and in a 128 MB heap that also holds the page cache it
   * left the young generation a few megabytes: the collector ran every 30 ms under load and
   * requests timed out. The cache gets an eighth of the heap instead (16 MB of 128 MB), which holds
   * what the pages read.
   */
  static String tunedForH2(String url) {
    return tunedForH2(url, Runtime.getRuntime().maxMemory());
  }

  static String tunedForH2(String url, long maxHeapBytes) {
    String upper = url.toUpperCase(java.util.Locale.ROOT);
    String tuned = url;
    if (!upper.contains(";CACHE_SIZE=")) {
      long kilobytes = Math.max(4_096, Math.min(65_536, maxHeapBytes / 8 / 1024));
      tuned += ";CACHE_SIZE=" + kilobytes;
    }
    if (!upper.contains(";QUERY_CACHE_SIZE=")) {
      tuned += ";QUERY_CACHE_SIZE=128";
    }
    if (!upper.contains(";WRITE_DELAY=")) {
      tuned += ";WRITE_DELAY=0";
    }
    return tuned;
  }

  /**
   * The version of the newest migration. A database already at it is not handed to Flyway, whose
   * scan of the classpath would be the slowest part of every start; a test keeps this in step with
   * the migration files.
   */
  static final String LATEST_MIGRATION = "23";

  private static void migrate(DataSource dataSource, Vendor vendor) {
    if (upToDate(dataSource)) {
      return;
    }
    Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/migration", "classpath:db/" + vendor.folder)
        .failOnMissingLocations(true)
        .load()
        .migrate();
  }

  /** Whether the newest migration has already been applied, successfully. */
  private static boolean upToDate(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement check =
            connection.prepareStatement(
                "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"version\" = ?"
                    + " AND \"success\" = TRUE")) {
      check.setString(1, LATEST_MIGRATION);
      try (ResultSet row = check.executeQuery()) {
        return row.next() && row.getInt(1) > 0;
      }
    } catch (SQLException e) {
      return false;
    }
  }

  public javax.sql.DataSource dataSource() {
    return dataSource;
  }

  public Jdbi jdbi() {
    return jdbi;
  }

  public Vendor vendor() {
    return vendor;
  }

  /** The counter that every committed write to public content moves. */
  public ChangeCounter changes() {
    return changes;
  }

  /** True when a trivial query answers; used by the health check. */
  public boolean isReachable() {
    try {
      return jdbi.withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one()) == 1;
    } catch (RuntimeException e) {
      return false;
    }
  }

  @Override
  public void close() {
    changes.close();
    dataSource.close();
  }
}
