package storyline.db;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;

/**
 * H2's trigger behind the change counter: run before every statement that writes what readers see,
 * in that statement's transaction (see the H2 migration V4). PostgreSQL does the same in PL/pgSQL.
 *
 * <p>The update runs on the statement's own session rather than through the JDBC connection H2
 * hands the trigger: in auto-commit mode that connection would try to commit after the update,
 * which H2 refuses inside a trigger.
 */
public final class CountChanges implements Trigger {
  static final String COUNT = "UPDATE change_counter SET changes = changes + 1 WHERE id = 1";

  @Override
  public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
    SessionLocal session = (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
    session.prepare(COUNT).update();
  }
}
