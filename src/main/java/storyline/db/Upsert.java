package storyline.db;

import java.util.List;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * A row written by its key, in each database's own statement: H2's {@code MERGE} and PostgreSQL's
 * {@code INSERT … ON CONFLICT}. Either is one atomic statement, where a read then a write would
 * race another request, and a failed insert caught as an exception would abort a PostgreSQL
 * transaction. Values bind by column name ({@code :old_slug}).
 *
 * @param table the table, named by code
 * @param key the columns of its primary key or a unique constraint
 * @param columns every column written, the key's included
 */
public record Upsert(String table, List<String> key, List<String> columns) {

  /** The statement that writes the row, replacing the values of a row with the same key. */
  public String replacing(Database.Vendor vendor) {
    String values = columns.stream().map(c -> ":" + c).collect(Collectors.joining(", "));
    String names = String.join(", ", columns);
    if (vendor == Database.Vendor.H2) {
      return "MERGE INTO %s (%s) KEY (%s) VALUES (%s)"
          .formatted(table, names, String.join(", ", key), values);
    }
    String set =
        columns.stream()
            .filter(c -> !key.contains(c))
            .map(c -> c + " = EXCLUDED." + c)
            .collect(Collectors.joining(", "));
    return "INSERT INTO %s (%s) VALUES (%s) ON CONFLICT (%s) DO UPDATE SET %s"
        .formatted(table, names, values, String.join(", ", key), set);
  }

  /**
   * The statement that writes the row only when no row has its key; it counts 0 rows if one has.
   */
  public String ifAbsent(Database.Vendor vendor) {
    String values = columns.stream().map(c -> ":" + c).collect(Collectors.joining(", "));
    String names = String.join(", ", columns);
    if (vendor == Database.Vendor.H2) {
      String on =
          key.stream().map(c -> "t." + c + " = s." + c).collect(Collectors.joining(" AND "));
      String fromSource = columns.stream().map(c -> "s." + c).collect(Collectors.joining(", "));
      return ("MERGE INTO %s t USING (VALUES (%s)) s (%s) ON %s"
              + " WHEN NOT MATCHED THEN INSERT (%s) VALUES (%s)")
          .formatted(table, values, names, on, names, fromSource);
    }
    return "INSERT INTO %s (%s) VALUES (%s) ON CONFLICT (%s) DO NOTHING"
        .formatted(table, names, values, String.join(", ", key));
  }

  /** Runs {@link #replacing} on the handle's database with the values given by column. */
  public int replace(Handle handle, Object... values) {
    return run(handle, replacing(Database.Vendor.of(handle)), values);
  }

  /** Runs {@link #ifAbsent} on the handle's database; 1 when it wrote the row, 0 when not. */
  public int insertIfAbsent(Handle handle, Object... values) {
    return run(handle, ifAbsent(Database.Vendor.of(handle)), values);
  }

  private int run(Handle handle, String sql, Object... values) {
    if (values.length != columns.size()) {
      throw new IllegalArgumentException(
          "one value per column of " + table + ": " + columns + ", given " + values.length);
    }
    var update = handle.createUpdate(sql);
    for (int i = 0; i < values.length; i++) {
      update.bind(columns.get(i), values[i]);
    }
    return update.execute();
  }
}
