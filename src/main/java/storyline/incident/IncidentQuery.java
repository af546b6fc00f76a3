package storyline.incident;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * Runs the incident list's filter. Its shape varies with the filters set, so it is assembled from
 * fixed fragments; every value is bound, and the order comes from {@link IncidentFilter.Sort}.
 * Pages are keyset pages: a page starts after (or ends before) a cursor, never at an offset.
 */
public final class IncidentQuery {
  private static final String SELECT =
      "SELECT * FROM public_incidents WHERE <conditions> ORDER BY <order> LIMIT :limit";
  private static final String COUNT = "SELECT COUNT(*) FROM public_incidents WHERE <conditions>";
  private static final String BY_ACTOR =
      "EXISTS (SELECT 1 FROM public_involvements v WHERE v.incident_id = public_incidents.id"
          + " AND v.actor_slug = :actor)";
  private static final String WORD =
      "(LOWER(title) LIKE :%1$s ESCAPE '!' OR LOWER(summary) LIKE :%1$s ESCAPE '!'"
          + " OR LOWER(COALESCE(place_name, '')) LIKE :%1$s ESCAPE '!')";
  private static final String AFTER =
      "(occurred_on %1$s :cursorDate OR (occurred_on = :cursorDate AND id %1$s :cursorId))";

  private final Jdbi jdbi;

  public IncidentQuery(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** One page of matches, how many there are in all, and the cursors of the pages either side. */
  public record Result(List<IncidentItem> items, int total, Cursor next, Cursor previous) {}

  /** The page after {@code after}, or before {@code before}, or the first page if both are null. */
  public Result page(IncidentFilter filter, Cursor after, Cursor before, int size) {
    return jdbi.withHandle(
        handle -> {
          int total = count(handle, filter);
          boolean backwards = before != null;
          List<IncidentItem> rows =
              select(handle, filter, backwards ? before : after, backwards, size + 1);
          boolean more = rows.size() > size;
          List<IncidentItem> items = new ArrayList<>(rows.subList(0, Math.min(size, rows.size())));
          if (backwards) {
            Collections.reverse(items);
          }
          if (items.isEmpty()) {
            return new Result(List.of(), total, null, null);
          }
          Cursor first = Cursor.of(items.get(0));
          Cursor last = Cursor.of(items.get(items.size() - 1));
          Cursor next = backwards || more ? last : null;
          Cursor previous = backwards ? (more ? first : null) : (after != null ? first : null);
          return new Result(List.copyOf(items), total, next, previous);
        });
  }

  /** Every match, up to a limit, in the filter's order: for feeds, charts and exports. */
  public List<IncidentItem> all(IncidentFilter filter, int limit) {
    return jdbi.withHandle(handle -> select(handle, filter, null, false, limit));
  }

  private static int count(Handle handle, IncidentFilter filter) {
    var query = handle.createQuery(COUNT);
    where(filter).applyTo(query);
    return query.mapTo(Integer.class).one();
  }

  private static List<IncidentItem> select(
      Handle handle, IncidentFilter filter, Cursor cursor, boolean backwards, int limit) {
    IncidentFilter.Sort order = backwards ? filter.sort().reversed() : filter.sort();
    Where where = where(filter);
    if (cursor != null) {
      where.add(AFTER.formatted(order.ascending() ? ">" : "<"), "cursorDate", cursor.date());
      where.values.put("cursorId", cursor.id());
    }
    var query = handle.createQuery(SELECT).define("order", order.orderBy()).bind("limit", limit);
    where.applyTo(query);
    return query
        .registerRowMapper(ConstructorMapper.factory(IncidentItem.class))
        .mapTo(IncidentItem.class)
        .list();
  }

  private static Where where(IncidentFilter f) {
    Where where = new Where();
    if (f.story() != null) {
      where.add("story_slug = :story", "story", f.story());
    }
    if (f.type() != null) {
      where.add("type = :type", "type", f.type());
    }
    if (f.place() != null) {
      where.add("place_slug = :place", "place", f.place());
    }
    if (f.actor() != null) {
      where.add(BY_ACTOR, "actor", f.actor());
    }
    if (f.verification() != null) {
      where.add("verification = :verification", "verification", f.verification());
    }
    if (f.from() != null) {
      where.add("occurred_on >= :from", "from", f.from());
    }
    if (f.to() != null) {
      where.add("occurred_on <= :to", "to", f.to());
    }
    if (f.contested()) {
      where.conditions.add("contested = TRUE");
    }
    List<String> words = f.words();
    for (int i = 0; i < words.size(); i++) {
      String name = "word" + i;
      where.add(WORD.formatted(name), name, "%" + likeEscape(words.get(i)) + "%");
    }
    return where;
  }

  /**
   * Makes %, _ and the escape character in a reader's words match themselves in a LIKE pattern
   * written with {@code ESCAPE '!'}. (A backslash would do, but Jdbi's parser reads it itself.)
   */
  public static String likeEscape(String word) {
    return word.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }

  /** WHERE fragments and the values they bind, kept together so neither goes without the other. */
  private static final class Where {
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> values = new LinkedHashMap<>();

    void add(String condition, String name, Object value) {
      conditions.add(condition);
      values.put(name, value);
    }

    void applyTo(SqlStatement<?> statement) {
      statement.define(
          "conditions", conditions.isEmpty() ? "TRUE" : String.join(" AND ", conditions));
      values.forEach(statement::bind);
    }
  }
}
