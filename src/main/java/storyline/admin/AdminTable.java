package storyline.admin;

import java.sql.Types;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatement;
import storyline.db.Database;
import storyline.revision.EntityType;

/**
 * What every kind's table does alike, so that no kind writes it again: the admin's list (archived
 * or not, matching typed words, the most recently changed first), finding a row by id, and
 * inserting or updating the columns a form sets, the update only over the version the editor
 * loaded. Table and column names come from the kinds' code, never from a request; values are bound.
 */
public final class AdminTable {
  /** How many entries an admin list shows; the search box finds the rest. */
  static final int LISTED = 200;

  private AdminTable() {}

  /** The entries for the admin list whose searched columns hold the typed words. */
  public static <R> List<R> list(
      Handle handle,
      EntityType type,
      Class<R> row,
      List<String> searched,
      String query,
      boolean archived,
      Long storyId) {
    // PostgreSQL folds case by ICU's root locale, as H2's LOWER folds by Java's, whatever the
    // database's own locale (a C locale folds only A to Z).
    String icu =
        Database.Vendor.of(handle) == Database.Vendor.POSTGRESQL ? " COLLATE \"und-x-icu\"" : "";
    String matches =
        searched.stream()
            .map(
                column -> "LOWER(COALESCE(" + column + ", '')" + icu + ") LIKE :pattern ESCAPE '!'")
            .collect(Collectors.joining(" OR "));
    return handle
        .createQuery(
            "SELECT * FROM "
                + type.table()
                + " WHERE (archived_at IS NOT NULL) = :archived AND (:pattern = '%%' OR "
                + matches
                + ")"
                + (storyId == null ? "" : " AND story_id = :story")
                + " ORDER BY updated_at DESC, id DESC LIMIT "
                + LISTED)
        .bind("archived", archived)
        .bind("story", storyId)
        .bind("pattern", AdminSearch.pattern(query))
        .mapTo(row)
        .list();
  }

  public static <R> Optional<R> find(Handle handle, EntityType type, Class<R> row, long id) {
    return handle
        .createQuery("SELECT * FROM " + type.table() + " WHERE id = :id")
        .bind("id", id)
        .mapTo(row)
        .findOne();
  }

  /**
   * The ids of current entries whose {@code column} reads as {@code typed}, case and outer spaces
   * aside, other than {@code exceptId}.
   */
  public static List<Long> sameName(
      Handle handle, EntityType type, String column, String typed, Long exceptId) {
    // PostgreSQL compares under a collation that ignores case (V21); H2 compares what its LOWER,
    // which folds by Java's rules, makes of both.
    boolean postgres = Database.Vendor.of(handle) == Database.Vendor.POSTGRESQL;
    String same =
        postgres
            ? "TRIM(" + column + ") = :typed COLLATE storyline_nocase"
            : "LOWER(TRIM(" + column + ")) = LOWER(:typed)";
    return handle
        .createQuery(
            "SELECT id FROM "
                + type.table()
                + " WHERE archived_at IS NULL AND "
                + same
                + " AND id <> :except ORDER BY id LIMIT 5")
        .bind("typed", typed.strip())
        .bind("except", exceptId == null ? -1L : exceptId)
        .mapTo(Long.class)
        .list();
  }

  /** The value of a form record's field named as a column ("name", "title"), or null. */
  public static String field(Object form, String column) {
    if (!form.getClass().isRecord()) {
      return null;
    }
    for (java.lang.reflect.RecordComponent component : form.getClass().getRecordComponents()) {
      if (component.getName().equals(column)) {
        try {
          return String.valueOf(component.getAccessor().invoke(form));
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("Could not read the form's " + column, e);
        }
      }
    }
    return null;
  }

  /** Every current story, to narrow a list to one. */
  static List<Option> storyOptions(Handle h) {
    return h.createQuery(
            "SELECT id, title FROM stories WHERE archived_at IS NULL ORDER BY title, id")
        .map((rs, ctx) -> new Option(String.valueOf(rs.getLong("id")), rs.getString("title")))
        .list();
  }

  /** The name or title of an entry, as lists show it; null when there is none with that id. */
  public static String nameOf(Handle handle, String table, long id) {
    String column =
        switch (table) {
          case "places", "actors" -> "name";
          case "stories", "incidents", "sources" -> "title";
          default -> throw new IllegalArgumentException("No names are kept in " + table);
        };
    return handle
        .createQuery("SELECT " + column + " FROM " + table + " WHERE id = :id")
        .bind("id", id)
        .mapTo(String.class)
        .findOne()
        .orElse(null);
  }

  /** Inserts a row with these columns, created and updated now; its new id. */
  public static long insert(Handle handle, EntityType type, Map<String, ?> columns, Instant now) {
    String names = String.join(", ", columns.keySet());
    String values =
        columns.keySet().stream().map(column -> ":" + column).collect(Collectors.joining(", "));
    var insert =
        handle.createUpdate(
            "INSERT INTO "
                + type.table()
                + " ("
                + names
                + ", created_at, updated_at) VALUES ("
                + values
                + ", :now, :now)");
    bind(insert, columns).bind("now", now);
    return insert.executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
  }

  /**
   * Sets these columns over version {@code version} and moves the version on; false, changing
   * nothing, when someone has saved since.
   */
  public static boolean update(
      Handle handle, EntityType type, long id, int version, Map<String, ?> columns, Instant now) {
    String sets =
        columns.keySet().stream()
            .map(column -> column + " = :" + column)
            .collect(Collectors.joining(", "));
    var update =
        handle.createUpdate(
            "UPDATE "
                + type.table()
                + " SET "
                + sets
                + ", updated_at = :now, version = version + 1 WHERE id = :id AND version = :version");
    bind(update, columns).bind("now", now).bind("id", id).bind("version", version);
    return update.execute() == 1;
  }

  /** Columns and their values, in the order given, nulls allowed: "slug", slug, "name", name. */
  public static Map<String, Object> columns(Object... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("Columns come in pairs of a name and a value");
    }
    Map<String, Object> columns = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      columns.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return columns;
  }

  private static <S extends SqlStatement<S>> S bind(S statement, Map<String, ?> columns) {
    columns.forEach(
        (column, value) -> {
          if (value == null) {
            statement.bindNull(column, Types.NULL);
          } else {
            Class<?> type = value instanceof Enum<?> e ? e.getDeclaringClass() : value.getClass();
            statement.bindByType(column, value, type);
          }
        });
    return statement;
  }
}
