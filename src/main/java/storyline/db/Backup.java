package storyline.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Backups of an H2 site, as one gzipped SQL script: the schema, every row and the migration
 * history. The script is written by a single statement, which reads one consistent snapshot of the
 * database while the site goes on serving and saving.
 *
 * <p>An H2 file in use by a running site is locked against every other process, so the {@code
 * backup} command asks the running site for the script, over loopback, with a token that the site
 * writes beside its database file at start (readable by its owner only) and that nobody else can
 * know. When no site is running, the command opens the file itself.
 */
public final class Backup {
  /** Where the site's token for backups lives: beside the database file. */
  public static Optional<Path> tokenFile(String url) {
    if (!url.startsWith("jdbc:h2:file:")) {
      return Optional.empty();
    }
    String path = url.substring("jdbc:h2:file:".length());
    int options = path.indexOf(';');
    return Optional.of(
        Path.of((options < 0 ? path : path.substring(0, options)) + ".backup-token"));
  }

  private Backup() {}

  /** Writes a new random token beside the database, for the backup command to present. */
  public static Optional<String> writeToken(String url) {
    Optional<Path> file = tokenFile(url);
    if (file.isEmpty()) {
      return Optional.empty();
    }
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    try {
      Path path = file.get().toAbsolutePath();
      Files.createDirectories(path.getParent());
      Files.deleteIfExists(path);
      try {
        Files.createFile(
            path,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } catch (UnsupportedOperationException notPosix) {
        Files.createFile(path);
      }
      Files.writeString(path, token);
      return Optional.of(token);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the backup token " + file.get(), e);
    }
  }

  /** Writes the whole database to the file, as a gzipped SQL script. */
  public static void write(DataSource dataSource, Path file) {
    try (Connection connection = dataSource.getConnection()) {
      write(connection, file);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not back up the database: " + e.getMessage(), e);
    }
  }

  static void write(Connection connection, Path file) throws SQLException {
    try (PreparedStatement script = connection.prepareStatement("SCRIPT TO ? COMPRESSION GZIP")) {
      script.setString(1, file.toAbsolutePath().toString());
      script.execute();
    }
  }

  /** Backs up a database that no site has open: the file is opened here, not migrated. */
  public static void writeOffline(String url, String user, String password, Path file) {
    try (Connection connection = DriverManager.getConnection(url, user, password)) {
      write(connection, file);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not back up " + url + ": " + e.getMessage(), e);
    }
  }

  /**
   * Loads a backup into an empty database. Refuses one that has any table already, so a restore
   * never mixes two sites.
   */
  public static void restore(String url, String user, String password, Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("There is no backup file at " + file);
    }
    try (Connection connection = DriverManager.getConnection(url, user, password)) {
      if (tables(connection) > 0) {
        throw new IllegalStateException(
            "The database at "
                + url
                + " is not empty; restore into a new, empty database (move the old file away"
                + " first).");
      }
      try (PreparedStatement run =
          connection.prepareStatement("RUNSCRIPT FROM ? COMPRESSION GZIP")) {
        run.setString(1, file.toAbsolutePath().toString());
        run.execute();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not restore " + file + ": " + e.getMessage(), e);
    }
  }

  private static int tables(Connection connection) throws SQLException {
    try (PreparedStatement count =
            connection.prepareStatement(
                "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'");
        ResultSet row = count.executeQuery()) {
      row.next();
      return row.getInt(1);
    }
  }
}
