package storyline.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Reads the database's change counter, which every committed write to what readers see moves (a
 * trigger does it, in the writing transaction). It is read once per request, so it goes straight to
 * JDBC: one indexed row, no mapping.
 */
public final class ChangeCounter {
  private static final String READ = "SELECT changes FROM change_counter WHERE id = 1";

  private final DataSource dataSource;

  ChangeCounter(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** The counter's committed value now. */
  public long current() {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement read = connection.prepareStatement(READ);
        ResultSet row = read.executeQuery()) {
      if (!row.next()) {
        throw new IllegalStateException("The change_counter row is missing");
      }
      return row.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the change counter", e);
    }
  }
}
