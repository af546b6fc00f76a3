package storyline.db;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
  private static final String MIGRATIONS_TABLE = "flyway_schema_history";

  /**
   * Tables of the target's own, not copied: the change counter, which the migrations create with
   * its one row and every write then moves (the copy's own writes moved it, which is all that
   * matters: it tells instances' caches that something changed, not what).
   */
  private static final Set<String> OWN = Set.of("change_counter");

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
      Map<String, TableShape> shapes = shapes(target, source);
      Set<String> sourceTables = tableNames(source);
      if (!sourceTables.equals(shapes.keySet())) {
        throw new IllegalStateException(
            "The two schemas differ: " + sourceTables + " against " + shapes.keySet());
      }
      shapes.keySet().removeAll(OWN);
      for (String table : shapes.keySet()) {
        if (count(target, table) > 0) {
          throw new IllegalStateException(
              "The target is not empty: its table "
                  + table
                  + " holds rows. Copy into an empty"
                  + " database only.");
        }
      }
      target.setAutoCommit(false);
      List<Table> copied = new ArrayList<>();
      for (TableShape shape : inDependencyOrder(shapes)) {
        long rows = copy(source, target, shape);
        resetIdentity(target, shape);
        target.commit();
        progress.accept(String.format(Locale.ROOT, "%-24s %,12d rows", shape.name, rows));
      }
      for (TableShape shape : inDependencyOrder(shapes)) {
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

  /** A table's columns, primary key, identity column and the columns that refer to itself. */
  private record TableShape(
      String name,
      List<String> columns,
      Map<String, String> typeNames,
      List<String> key,
      String identity,
      Set<String> parents,
      List<String> selfReferences) {}

  private static Set<String> tableNames(Connection connection) throws SQLException {
    Set<String> names = new LinkedHashSet<>();
    DatabaseMetaData meta = connection.getMetaData();
    try (ResultSet tables =
        meta.getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
      while (tables.next()) {
        String name = tables.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
        if (!name.equals(MIGRATIONS_TABLE)) {
          names.add(name);
        }
      }
    }
    return names;
  }

  /**
   * The target's tables as both databases hold them: a column only one of them has (PostgreSQL's
   * search vectors) is left out, and rebuilt afterwards.
   */
  private static Map<String, TableShape> shapes(Connection connection, Connection other)
      throws SQLException {
    Map<String, TableShape> shapes = new TreeMap<>();
    DatabaseMetaData meta = connection.getMetaData();
    String schema = connection.getSchema();
    for (String table : tableNames(connection)) {
      String stored = storedName(meta, table);
      Set<String> shared = columnNames(other, table);
      List<String> columns = new ArrayList<>();
      Map<String, String> typeNames = new LinkedHashMap<>();
      String identity = null;
      try (ResultSet rs = meta.getColumns(null, schema, stored, "%")) {
        while (rs.next()) {
          String column = rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
          if (!shared.contains(column)) {
            continue;
          }
          columns.add(column);
          typeNames.put(column, rs.getString("TYPE_NAME").toLowerCase(Locale.ROOT));
          if ("YES".equals(rs.getString("IS_AUTOINCREMENT"))) {
            identity = column;
          }
        }
      }
      Map<Short, String> keyParts = new TreeMap<>();
      try (ResultSet rs = meta.getPrimaryKeys(null, schema, stored)) {
        while (rs.next()) {
          keyParts.put(
              rs.getShort("KEY_SEQ"), rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
        }
      }
      Set<String> parents = new LinkedHashSet<>();
      List<String> selfReferences = new ArrayList<>();
      try (ResultSet rs = meta.getImportedKeys(null, schema, stored)) {
        while (rs.next()) {
          String parent = rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
          if (parent.equals(table)) {
            selfReferences.add(rs.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT));
          } else {
            parents.add(parent);
          }
        }
      }
      List<String> key = keyParts.isEmpty() ? columns : List.copyOf(keyParts.values());
      shapes.put(
          table, new TableShape(table, columns, typeNames, key, identity, parents, selfReferences));
    }
    return shapes;
  }

  private static Set<String> columnNames(Connection connection, String table) throws SQLException {
    Set<String> names = new LinkedHashSet<>();
    DatabaseMetaData meta = connection.getMetaData();
    try (ResultSet rs =
        meta.getColumns(null, connection.getSchema(), storedName(meta, table), "%")) {
      while (rs.next()) {
        names.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
      }
    }
    return names;
  }

  /** The table's name as the database keeps it: upper case in H2, lower case in PostgreSQL. */
  private static String storedName(DatabaseMetaData meta, String table) throws SQLException {
    return meta.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
  }

  /** Parents before children; the schema's foreign keys form no loop between tables. */
  private static List<TableShape> inDependencyOrder(Map<String, TableShape> shapes) {
    List<TableShape> ordered = new ArrayList<>();
    Set<String> placed = new LinkedHashSet<>();
    while (placed.size() < shapes.size()) {
      boolean progressed = false;
      for (TableShape shape : shapes.values()) {
        if (!placed.contains(shape.name) && placed.containsAll(shape.parents)) {
          ordered.add(shape);
          placed.add(shape.name);
          progressed = true;
        }
      }
      if (!progressed) {
        throw new IllegalStateException("The tables' foreign keys form a loop: " + shapes.keySet());
      }
    }
    return ordered;
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
    String columns = String.join(", ", shape.columns);
    String marks = String.join(", ", shape.columns.stream().map(c -> "?").toList());
    List<Object[]> later = new ArrayList<>();
    long rows = 0;
    try (PreparedStatement read = source.prepareStatement(select(shape));
        PreparedStatement write =
            target.prepareStatement(
                "INSERT INTO " + shape.name + " (" + columns + ") VALUES (" + marks + ")")) {
      read.setFetchSize(BATCH);
      try (ResultSet rs = read.executeQuery()) {
        while (rs.next()) {
          for (int i = 0; i < shape.columns.size(); i++) {
            String column = shape.columns.get(i);
            Object value = value(rs, i + 1, shape.typeNames.get(column));
            if (value != null && shape.selfReferences.contains(column)) {
              later.add(new Object[] {column, value, value(rs, shape, shape.key.get(0))});
              value = null;
            }
            write.setObject(i + 1, value);
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
                  + shape.name
                  + " SET "
                  + reference[0]
                  + " = ? WHERE "
                  + shape.key.get(0)
                  + " = ?")) {
        update.setObject(1, reference[1]);
        update.setObject(2, reference[2]);
        update.executeUpdate();
      }
    }
    return rows;
  }

  private static String select(TableShape shape) {
    return "SELECT "
        + String.join(", ", shape.columns)
        + " FROM "
        + shape.name
        + " ORDER BY "
        + String.join(", ", shape.key);
  }

  private static Object value(ResultSet rs, TableShape shape, String column) throws SQLException {
    return value(rs, shape.columns.indexOf(column) + 1, shape.typeNames.get(column));
  }

  /** A column's value in a type both drivers write the same way. */
  private static Object value(ResultSet rs, int index, String typeName) throws SQLException {
    if (typeName.equals("timestamptz") || typeName.equals("timestamp with time zone")) {
      return rs.getObject(index, OffsetDateTime.class);
    }
    if (typeName.equals("timestamp") || typeName.equals("timestamp without time zone")) {
      return rs.getObject(index, LocalDateTime.class);
    }
    if (typeName.equals("date")) {
      return rs.getObject(index, LocalDate.class);
    }
    return rs.getObject(index);
  }

  /** Moves the target's identity counter past the highest id copied. */
  private static void resetIdentity(Connection target, TableShape shape) throws SQLException {
    if (shape.identity == null) {
      return;
    }
    long next;
    try (Statement statement = target.createStatement();
        ResultSet rs =
            statement.executeQuery(
                "SELECT COALESCE(MAX(" + shape.identity + "), 0) + 1 FROM " + shape.name)) {
      rs.next();
      next = rs.getLong(1);
    }
    try (Statement statement = target.createStatement()) {
      statement.execute(
          "ALTER TABLE "
              + shape.name
              + " ALTER COLUMN "
              + shape.identity
              + " RESTART WITH "
              + next);
    }
  }

  private Table verified(Connection source, Connection target, TableShape shape)
      throws SQLException {
    long sourceRows = count(source, shape.name);
    long targetRows = count(target, shape.name);
    String sourceSum = checksum(source, shape);
    String targetSum = checksum(target, shape);
    if (sourceRows != targetRows || !sourceSum.equals(targetSum)) {
      throw new IllegalStateException(
          String.format(
              Locale.ROOT,
              "%s differs after the copy: %d rows (checksum %s) copied from %d rows (checksum %s)",
              shape.name,
              targetRows,
              targetSum,
              sourceRows,
              sourceSum));
    }
    return new Table(shape.name, sourceRows, sourceSum);
  }

  /** The sum of a digest of each row, so that neither database's order of rows matters. */
  private static String checksum(Connection connection, TableShape shape) throws SQLException {
    MessageDigest digest = sha256();
    long high = 0;
    long low = 0;
    try (PreparedStatement read = connection.prepareStatement(select(shape))) {
      read.setFetchSize(BATCH);
      try (ResultSet rs = read.executeQuery()) {
        ResultSetMetaData meta = rs.getMetaData();
        StringBuilder row = new StringBuilder();
        while (rs.next()) {
          row.setLength(0);
          for (int i = 1; i <= meta.getColumnCount(); i++) {
            row.append(canonical(value(rs, i, shape.typeNames.get(shape.columns.get(i - 1)))));
            row.append('\u001f');
          }
          byte[] sum = digest.digest(row.toString().getBytes(StandardCharsets.UTF_8));
          high += java.nio.ByteBuffer.wrap(sum, 0, 8).getLong();
          low += java.nio.ByteBuffer.wrap(sum, 8, 8).getLong();
        }
      }
    }
    return HexFormat.of().toHexDigits(high) + HexFormat.of().toHexDigits(low);
  }

  private static String canonical(Object value) {
    if (value == null) {
      return "\u2205";
    }
    if (value instanceof OffsetDateTime time) {
      return time.toInstant().toString();
    }
    if (value instanceof Double || value instanceof Float) {
      return Double.toString(((Number) value).doubleValue());
    }
    if (value instanceof Number number) {
      return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
    }
    if (value instanceof byte[] bytes) {
      return HexFormat.of().formatHex(bytes);
    }
    return value.toString();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
