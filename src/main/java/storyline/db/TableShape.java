package storyline.db;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A table as {@link SiteCopy} copies it, read from the database's own description of itself: its
 * columns and their types, primary key, identity column, the tables its foreign keys refer to, and
 * the columns that refer to the table itself. Names come from the database, never from input.
 */
record TableShape(
    String name,
    List<String> columns,
    Map<String, String> typeNames,
    List<String> key,
    String identity,
    Set<String> parents,
    List<String> selfReferences) {
  private static final String MIGRATIONS_TABLE = "flyway_schema_history";
  private static final java.util.regex.Pattern IDENTIFIER =
      java.util.regex.Pattern.compile("[a-z_][a-z0-9_]*");

  /**
   * Refuses a name that is not a plain identifier: {@link SiteCopy} writes these names into its SQL
   * (no statement can bind a table's name), so each must be what the migrations made.
   */
  TableShape {
    for (String identifier : names(name, columns)) {
      if (!IDENTIFIER.matcher(identifier).matches()) {
        throw new IllegalStateException("Not a plain table or column name: " + identifier);
      }
    }
  }

  private static List<String> names(String table, List<String> columns) {
    List<String> names = new ArrayList<>(columns);
    names.add(table);
    return names;
  }

  static Set<String> tableNames(Connection connection) throws SQLException {
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
  static Map<String, TableShape> read(Connection connection, Connection other) throws SQLException {
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
  static List<TableShape> inDependencyOrder(Map<String, TableShape> shapes) {
    List<TableShape> ordered = new ArrayList<>();
    Set<String> placed = new LinkedHashSet<>();
    while (placed.size() < shapes.size()) {
      boolean progressed = false;
      for (TableShape shape : shapes.values()) {
        if (!placed.contains(shape.name()) && placed.containsAll(shape.parents())) {
          ordered.add(shape);
          placed.add(shape.name());
          progressed = true;
        }
      }
      if (!progressed) {
        throw new IllegalStateException("The tables' foreign keys form a loop: " + shapes.keySet());
      }
    }
    return ordered;
  }

  /** Every copied column of every row, in the order of the primary key. */
  String select() {
    return "SELECT "
        + String.join(", ", columns)
        + " FROM "
        + name
        + " ORDER BY "
        + String.join(", ", key);
  }

  /** The value of the column at this index (from 1) of a row read by {@link #select}. */
  /** Whether the target keeps the column as JSON text, which its driver must be told. */
  boolean isJson(int index) {
    return typeNames.get(columns.get(index - 1)).equals("json");
  }

  private static boolean isText(String typeName) {
    return typeName.equals("json")
        || typeName.equals("text")
        || typeName.contains("char")
        || typeName.contains("clob");
  }

  Object value(ResultSet rs, int index) throws SQLException {
    return value(rs, index, typeNames.get(columns.get(index - 1)));
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
    if (isText(typeName)) {
      // Text, whichever type the other side keeps it in: a PostgreSQL json column reads as a
      // driver object otherwise.
      return rs.getString(index);
    }
    return rs.getObject(index);
  }
}
