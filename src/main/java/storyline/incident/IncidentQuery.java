package storyline.incident;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/**
 * Runs the incident list's filter so that no page reads more than a bounded number of rows,
 * whatever the size of the site. Its shape varies with the filters set, so it is assembled from
 * fixed fragments; every value is bound, and the order comes from {@link IncidentFilter.Sort}.
 *
 * <p>Pages are keyset pages, reached by a row-value comparison on the sort columns. A filter by
 * actor or by words narrows the list through another table; when that narrowing is small (at most
 * {@link #SMALL_SET} incidents) its ids drive the query, and when it is large it is checked row by
 * row as the sorted index is read, which then finds a page's worth quickly. Counts are exact up to
 * {@link #EXACT_UP_TO}, and beyond say "more than"; the pictures show the newest {@link #PICTURED}
 * matches.
 */
public final class IncidentQuery {
  /** Counts beyond this say "more than", so that no count reads every incident. */
  public static final int EXACT_UP_TO = 1_000;

  /**
   * The newest this many matches are drawn on the list's map and chart; as many as are counted
   * exactly, so that one read of them also counts.
   */
  public static final int PICTURED = EXACT_UP_TO;

  static final int SMALL_SET = 1_000;

  /**
   * The public incidents, driven from the incidents table so that its indexes give the order;
   * stories and places are joined for their columns. {@code <hint>} names the index on H2, whose
   * planner would otherwise sort; PostgreSQL's needs no hint.
   */
  private static final String PUBLIC =
      """
      FROM incidents i <hint>
        LEFT JOIN stories s ON s.id = i.story_id
        LEFT JOIN places p ON p.id = i.place_id AND p.archived_at IS NULL
       WHERE i.archived_at IS NULL AND i.published_at IS NOT NULL
         AND s.status = 'published' AND s.archived_at IS NULL
         AND <conditions>
      """;

  /**
   * The same rows without their places, for counts: joining every match's place cost an aggregate
   * over a story's 20,000 incidents most of its time.
   */
  private static final String PUBLIC_ROWS =
      """
      FROM incidents i <hint>
        JOIN stories s ON s.id = i.story_id
       WHERE i.archived_at IS NULL AND i.published_at IS NOT NULL
         AND s.status = 'published' AND s.archived_at IS NULL
         AND <conditions>
      """;

  private static final String COLUMNS =
      """
      SELECT i.id, i.story_id, i.slug, i.title, i.type, i.occurred_on, i.precision, i.place_id,
             i.summary, i.verification, i.ends_on, i.violates_id, i.created_at, i.updated_at,
             s.slug AS story_slug, s.title AS story_title, p.slug AS place_slug,
             p.name AS place_name, p.country AS place_country, p.latitude, p.longitude,
             i.contested, i.occurred_minute, i.time_zone
      """;
  private static final String SELECT =
      "%s %s ORDER BY <order> LIMIT :limit".formatted(COLUMNS, PUBLIC);
  private static final String COUNT =
      "SELECT COUNT(*) FROM (SELECT 1 %s LIMIT :limit) m".formatted(PUBLIC_ROWS);
  private static final String PICTURED_ROWS =
      """
      SELECT i.place_id, p.slug AS place_slug, p.name AS place_name, p.country AS place_country,
             p.latitude, p.longitude, i.type, i.contested, i.occurred_on
      %s ORDER BY <order> LIMIT :limit
      """
          .formatted(PUBLIC);
  private static final String AFTER =
      "(i.occurred_on, i.occurred_minute, i.id) > (:cursorDate, :cursorMinute, :cursorId)";
  private static final String BEFORE =
      "(i.occurred_on, i.occurred_minute, i.id) < (:cursorDate, :cursorMinute, :cursorId)";

  private final Jdbi jdbi;
  private final boolean hints;

  /**
   * @param hints whether to name the index each query reads (H2), or leave the choice to the
   *     planner (PostgreSQL)
   */
  public IncidentQuery(Jdbi jdbi, boolean hints) {
    this.jdbi = jdbi;
    this.hints = hints;
  }

  /** One page of matches, how many there are, and the cursors of the pages either side. */
  public record Result(List<IncidentItem> items, MatchCount total, Cursor next, Cursor previous) {}

  /**
   * The page after {@code after}, or before {@code before}, or the first page if both are null,
   * with the total found by {@link #count} or {@link #overview}.
   */
  public Result page(
      ResolvedFilter filter, Cursor after, Cursor before, int size, MatchCount total) {
    return jdbi.withHandle(
        handle -> {
          QueryPlan plan = QueryPlan.of(handle, filter, hints);
          boolean backwards = before != null;
          List<IncidentItem> rows =
              select(handle, filter, plan, backwards ? before : after, backwards, size + 1);
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

  /** How many incidents match: exactly, or "more than" {@link #EXACT_UP_TO}. */
  public MatchCount count(ResolvedFilter filter) {
    return jdbi.withHandle(handle -> count(handle, filter, QueryPlan.of(handle, filter, hints)));
  }

  /** The newest matches, up to a limit, newest first: for feeds. */
  public List<IncidentItem> newest(ResolvedFilter filter, int limit) {
    return jdbi.withHandle(
        handle -> {
          QueryPlan plan = QueryPlan.of(handle, filter, hints);
          Query query = handle.createQuery(SELECT).bind("limit", limit);
          plan.applyTo(query, IncidentFilter.Sort.NEWEST);
          return query.mapTo(IncidentItem.class).list();
        });
  }

  /**
   * Every match, in the filter's order, handed over a page at a time, each page read by its own
   * keyset query: for exports, which stream rows out as they come.
   */
  public void forEachPage(ResolvedFilter filter, int pageSize, Consumer<List<IncidentItem>> page) {
    Cursor after = null;
    while (true) {
      Cursor from = after;
      List<IncidentItem> rows =
          jdbi.withHandle(
              handle ->
                  select(
                      handle, filter, QueryPlan.of(handle, filter, hints), from, false, pageSize));
      if (rows.isEmpty()) {
        return;
      }
      page.accept(rows);
      if (rows.size() < pageSize) {
        return;
      }
      after = Cursor.of(rows.get(rows.size() - 1));
    }
  }

  /**
   * The newest {@link #PICTURED} matches summed up for the map, the chart and the counts, and how
   * many match, from one read of them. The read takes one match more than it sums, so that it also
   * says whether more than {@link #EXACT_UP_TO} match.
   */
  public Overview overview(ResolvedFilter filter) {
    return jdbi.withHandle(
        handle -> {
          QueryPlan plan = QueryPlan.of(handle, filter, hints);
          Query query = handle.createQuery(PICTURED_ROWS).bind("limit", PICTURED + 1);
          plan.applyTo(query, IncidentFilter.Sort.NEWEST);
          List<Overview.Pictured> rows = query.mapTo(Overview.Pictured.class).list();
          MatchCount total =
              plan.conditions.isEmpty() || filter.storyOnly()
                  ? count(handle, filter, plan)
                  : MatchCount.of(rows.size());
          return Overview.of(total, rows.subList(0, Math.min(PICTURED, rows.size())));
        });
  }

  private MatchCount count(Handle handle, ResolvedFilter filter, QueryPlan plan) {
    if (plan.conditions.isEmpty()) {
      return new MatchCount(
          handle.attach(storyline.story.StoryDao.class).countPublicIncidents(), false);
    }
    if (filter.storyOnly()) {
      return new MatchCount(filter.storyIncidentCount(), false);
    }
    Query query = handle.createQuery(COUNT).bind("limit", EXACT_UP_TO + 1);
    plan.applyTo(query, IncidentFilter.Sort.NEWEST);
    return MatchCount.of(query.mapTo(Integer.class).one());
  }

  private List<IncidentItem> select(
      Handle handle,
      ResolvedFilter filter,
      QueryPlan plan,
      Cursor cursor,
      boolean backwards,
      int limit) {
    IncidentFilter.Sort order = backwards ? filter.sort().reversed() : filter.sort();
    QueryPlan paged = plan;
    if (cursor != null) {
      paged = plan.copy();
      paged.add(order.ascending() ? AFTER : BEFORE, "cursorDate", cursor.date());
      paged.values.put("cursorMinute", cursor.minute());
      paged.values.put("cursorId", cursor.id());
    }
    Query query = handle.createQuery(SELECT).bind("limit", limit);
    paged.applyTo(query, order);
    return query.mapTo(IncidentItem.class).list();
  }
}
