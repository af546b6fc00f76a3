package storyline.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;

/**
 * Moves a site from one database to another, H2 to PostgreSQL or back: every table of the schema,
 * revisions, editors and sessions included, each row as it is with its id. Both databases are
 * brought to the newest schema by the migrations first, and a target that holds any row is refused
 * before anything is written. Afterwards each table's row count and a checksum of its rows are
 * compared on both sides, and the identity counters of the target are moved past the copied ids.
 * The change counter stays the target's own (see {@link #OWN}), and what each database derives in
 * its own way (the search index) is rebuilt in the target.
 *
 * <p>Tables are copied parents first (by their foreign keys). A column that refers to its own table
 * (an incident that violates another) is copied empty and filled in once every row is there. The
 * checksum does not depend on the order rows are read in, since the two databases sort text
 * differently: it adds up a digest of each row, whose values are written in one form whatever the
 * database (a time as its instant, a number without trailing zeros).
 */
public final class SiteCopy {
  private static final int BATCH = 500;

  /**
   * Tables of the target's own, not copied: the change counter, which the migrations create with
   * its one row and every write then moves (the copy's own writes moved it, which is all that
   * matters: it tells instances' caches that something changed, not what).
   */
  private static final Set<String> OWN = Set.of("change_counter");

  /**
   * Tables the migrations fill with what a new site starts with (the incident types): a target
   * holding only those rows is empty, and the copy replaces them with the source's.
   */
  private static final Set<String> STARTER = Set.of("incident_types");

  /** One table as copied: its rows and the checksum both sides agree on. */
  public record Table(String name, long rows, String checksum) {}

  private final Database from;
  private final Database to;
  private final Consumer<String> progress;
  private final Consumer<Handle> rebuild;

  /**
   * @param rebuild rebuilds, in the target, what each database derives in its own way (the search
   *     index: a table on H2, a column on PostgreSQL), once the rows are there
   */
  public SiteCopy(Database from, Database to, Consumer<String> progress, Consumer<Handle> rebuild) {
    this.from = from;
    this.to = to;
    this.progress = progress;
    this.rebuild = rebuild;
  }

  /**
   * Copies every table and verifies it.
   *
   * @throws IllegalStateException if the target holds rows, the schemas differ, or a table's count
   *     or checksum differs after the copy
   */
  public List<Table> run() {
    try (Connection source = from.dataSource().getConnection();
        Connection target = to.dataSource().getConnection()) {
      source.setReadOnly(true);
      source.setAutoCommit(false);
      Map<String, TableShape> shapes = TableShape.read(target, source);
      Set<String> sourceTables = TableShape.tableNames(source);
      if (!sourceTables.equals(shapes.keySet())) {
        throw new IllegalStateException(
            "The two schemas differ: " + sourceTables + " against " + shapes.keySet());
      }
      shapes.keySet().removeAll(OWN);
      for (String table : shapes.keySet()) {
        if (!STARTER.contains(table) && count(target, table) > 0) {
          throw new IllegalStateException(
              "The target is not empty: its table "
                  + table
                  + " holds rows. Copy into an empty"
                  + " database only.");
        }
      }
      target.setAutoCommit(false);
      List<Table> copied = new ArrayList<>();
      for (TableShape shape : TableShape.inDependencyOrder(shapes)) {
        if (STARTER.contains(shape.name())) {
          try (Statement statement = target.createStatement()) {
            statement.executeUpdate("DELETE FROM " + shape.name());
          }
        }
        long rows = copy(source, target, shape);
        resetIdentity(target, shape);
        target.commit();
        progress.accept(String.format(Locale.ROOT, "%-24s %,12d rows", shape.name(), rows));
      }
      for (TableShape shape : TableShape.inDependencyOrder(shapes)) {
        Table there = verified(source, target, shape);
        copied.add(there);
      }
      to.jdbi().useTransaction(rebuild::accept);
      progress.accept("Rebuilt the search index");
      return copied;
    } catch (SQLException e) {
      throw new IllegalStateException(
          "The copy failed: "
              + e.getMessage()
              + ". Tables already copied stay in the target; empty it before trying again.",
          e);
    }
  }

  private static long count(Connection connection, String table) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static long copy(Connection source, Connection target, TableShape shape)
      throws SQLException {
    String columns = String.join(", ", shape.columns());
    String marks = String.join(", ", shape.columns().stream().map(c -> "?").toList());
    List<Object[]> later = new ArrayList<>();
    long rows = 0;
    try (PreparedStatement read = source.prepareStatement(shape.select());
        PreparedStatement write =
            target.prepareStatement(
                "INSERT INTO " + shape.name() + " (" + columns + ") VALUES (" + marks + ")")) {
      read.setFetchSize(BATCH);
      try (ResultSet rs = read.executeQuery()) {
        while (rs.next()) {
          for (int i = 0; i < shape.columns().size(); i++) {
            String column = shape.columns().get(i);
            Object value = shape.value(rs, i + 1);
            if (value != null && shape.selfReferences().contains(column)) {
              later.add(
                  new Object[] {
                    column, value, shape.value(rs, shape.columns().indexOf(shape.key().get(0)) + 1)
                  });
              value = null;
            }
            if (value != null && shape.isJson(i + 1)) {
              // Sent untyped, for PostgreSQL to read as the column's json.
              write.setObject(i + 1, value, java.sql.Types.OTHER);
            } else {
              write.setObject(i + 1, value);
            }
          }
          write.addBatch();
          if (++rows % BATCH == 0) {
            write.executeBatch();
          }
        }
      }
      write.executeBatch();
    }
    for (Object[] reference : later) {
      try (PreparedStatement update =
          target.prepareStatement(
              "UPDATE "
                  + shape.name()
                  + " SET "
                  + reference[0]
                  + " = ? WHERE "
                  + shape.key().get(0)
                  + " = ?")) {
        update.setObject(1, reference[1]);
        update.setObject(2, reference[2]);
        update.executeUpdate();
      }
    }
    return rows;
  }

  /** Moves the target's identity counter past the highest id copied. */
  private static void resetIdentity(Connection target, TableShape shape) throws SQLException {
    if (shape.identity() == null) {
      return;
    }
    long next;
    try (Statement statement = target.createStatement();
        ResultSet rs =
            statement.executeQuery(
                "SELECT COALESCE(MAX(" + shape.identity() + "), 0) + 1 FROM " + shape.name())) {
      rs.next();
      next = rs.getLong(1);
    }
    try (Statement statement = target.createStatement()) {
      statement.execute(
          "ALTER TABLE "
              + shape.name()
              + " ALTER COLUMN "
              + shape.identity()
              + " RESTART WITH "
              + next);
    }
  }

  private Table verified(Connection source, Connection target, TableShape shape)
      throws SQLException {
    long sourceRows = count(source, shape.name());
    long targetRows = count(target, shape.name());
    String sourceSum = RowChecksum.of(source, shape);
    String targetSum = RowChecksum.of(target, shape);
    if (sourceRows != targetRows || !sourceSum.equals(targetSum)) {
      throw new IllegalStateException(
          String.format(
              Locale.ROOT,
              "%s differs after the copy: %d rows (checksum %s) copied from %d rows (checksum %s)",
              shape.name(),
              targetRows,
              targetSum,
              sourceRows,
              sourceSum));
    }
    return new Table(shape.name(), sourceRows, sourceSum);
  }
}
