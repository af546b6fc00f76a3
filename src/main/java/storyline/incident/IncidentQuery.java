package storyline.incident;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.SqlStatement;
import storyline.search.Terms;

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

  /** The newest this many matches are drawn on the list's map and chart. */
  public static final int PICTURED = 1_000;

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
       WHERE i.archived_at IS NULL AND s.status = 'published' AND s.archived_at IS NULL
         AND <conditions>
      """;

  private static final String COLUMNS =
      """
      SELECT i.id, i.story_id, i.slug, i.title, i.type, i.occurred_on, i.precision, i.place_id,
             i.summary, i.verification, i.ends_on, i.violates_id, i.created_at, i.updated_at,
             s.slug AS story_slug, s.title AS story_title, p.slug AS place_slug,
             p.name AS place_name, p.country AS place_country, p.latitude, p.longitude,
             i.contested
      """;
  private static final String SELECT =
      "%s %s ORDER BY <order> LIMIT :limit".formatted(COLUMNS, PUBLIC);
  private static final String COUNT =
      "SELECT COUNT(*) FROM (SELECT 1 %s LIMIT :limit) m".formatted(PUBLIC);
  private static final String PLACE_COUNTS =
      """
      SELECT place_id, place_slug, place_name, place_country, latitude, longitude, type,
             COUNT(*) AS incidents, SUM(CASE WHEN contested THEN 1 ELSE 0 END) AS contested
        FROM (SELECT i.place_id, p.slug AS place_slug, p.name AS place_name,
                     p.country AS place_country, p.latitude, p.longitude, i.type, i.contested
              %s ORDER BY <order> LIMIT :limit) m
       WHERE place_slug IS NOT NULL
       GROUP BY place_id, place_slug, place_name, place_country, latitude, longitude, type
      """
          .formatted(PUBLIC);
  private static final String DAY_COUNTS =
      """
      SELECT occurred_on, COUNT(*) FROM (SELECT i.occurred_on %s ORDER BY <order> LIMIT :limit) m
       GROUP BY occurred_on ORDER BY occurred_on
      """
          .formatted(PUBLIC);
  private static final String TYPE_COUNTS =
      """
      SELECT i.type, COUNT(*) AS count %s
       GROUP BY i.type ORDER BY COUNT(*) DESC, i.type
      """
          .formatted(PUBLIC);
  private static final String ACTOR_PROBE =
      """
      EXISTS (SELECT 1 FROM incident_actors ia WHERE ia.incident_id = i.id
                 AND ia.actor_id = :actorId)""";
  private static final String WORD_PROBE =
      """
      EXISTS (SELECT 1 FROM search_terms t WHERE t.entity_type = 'incident'
                 AND t.entity_id = i.id AND t.term IN (%s))""";

  private static final String AFTER = "(i.occurred_on, i.id) > (:cursorDate, :cursorId)";
  private static final String BEFORE = "(i.occurred_on, i.id) < (:cursorDate, :cursorId)";

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

  /** How many incidents match: exactly, or "more than" {@link #EXACT_UP_TO}. */
  public record Count(int value, boolean more) {
    static Count of(int counted) {
      return counted > EXACT_UP_TO ? new Count(EXACT_UP_TO, true) : new Count(counted, false);
    }
  }

  /** One page of matches, how many there are, and the cursors of the pages either side. */
  public record Result(List<IncidentItem> items, Count total, Cursor next, Cursor previous) {}

  /** Matches at one place, of one type: a row of the map's aggregate. */
  public record PlaceCount(
      long placeId,
      String placeSlug,
      String placeName,
      String placeCountry,
      double latitude,
      double longitude,
      IncidentType type,
      int incidents,
      int contested) {}

  /** The page after {@code after}, or before {@code before}, or the first page if both are null. */
  public Result page(ResolvedFilter filter, Cursor after, Cursor before, int size) {
    return jdbi.withHandle(
        handle -> {
          Plan plan = plan(handle, filter);
          Count total = count(handle, filter, plan);
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
  public Count count(ResolvedFilter filter) {
    return jdbi.withHandle(handle -> count(handle, filter, plan(handle, filter)));
  }

  /** The newest matches, up to a limit, newest first: for feeds. */
  public List<IncidentItem> newest(ResolvedFilter filter, int limit) {
    return jdbi.withHandle(
        handle -> {
          Plan plan = plan(handle, filter);
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
              handle -> select(handle, filter, plan(handle, filter), from, false, pageSize));
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

  /** Every match counted by type, the commonest first: for a story's counts at a glance. */
  public List<TypeCount> typeCounts(ResolvedFilter filter) {
    return jdbi.withHandle(
        handle -> {
          Plan plan = plan(handle, filter);
          Query query = handle.createQuery(TYPE_COUNTS);
          plan.applyTo(query, IncidentFilter.Sort.NEWEST);
          return query.mapTo(TypeCount.class).list();
        });
  }

  /** The newest {@link #PICTURED} matches, counted by place and type, for the map. */
  public List<PlaceCount> placeCounts(ResolvedFilter filter) {
    return jdbi.withHandle(
        handle -> {
          Plan plan = plan(handle, filter);
          Query query = handle.createQuery(PLACE_COUNTS).bind("limit", PICTURED);
          plan.applyTo(query, IncidentFilter.Sort.NEWEST);
          return query.mapTo(PlaceCount.class).list();
        });
  }

  /** The newest {@link #PICTURED} matches, counted by day, oldest day first, for the chart. */
  public Map<LocalDate, Integer> dayCounts(ResolvedFilter filter) {
    return jdbi.withHandle(
        handle -> {
          Plan plan = plan(handle, filter);
          Query query = handle.createQuery(DAY_COUNTS).bind("limit", PICTURED);
          plan.applyTo(query, IncidentFilter.Sort.NEWEST);
          Map<LocalDate, Integer> days = new LinkedHashMap<>();
          query
              .map((rs, ctx) -> Map.entry(rs.getObject(1, LocalDate.class), rs.getInt(2)))
              .forEach(e -> days.put(e.getKey(), e.getValue()));
          return days;
        });
  }

  private Count count(Handle handle, ResolvedFilter filter, Plan plan) {
    if (plan.conditions.isEmpty()) {
      return new Count(handle.attach(storyline.story.StoryDao.class).countPublicIncidents(), false);
    }
    if (filter.storyOnly()) {
      return new Count(filter.storyIncidentCount(), false);
    }
    Query query = handle.createQuery(COUNT).bind("limit", EXACT_UP_TO + 1);
    plan.applyTo(query, IncidentFilter.Sort.NEWEST);
    return Count.of(query.mapTo(Integer.class).one());
  }

  private List<IncidentItem> select(
      Handle handle,
      ResolvedFilter filter,
      Plan plan,
      Cursor cursor,
      boolean backwards,
      int limit) {
    IncidentFilter.Sort order = backwards ? filter.sort().reversed() : filter.sort();
    Plan paged = plan;
    if (cursor != null) {
      paged = plan.copy();
      paged.add(order.ascending() ? AFTER : BEFORE, "cursorDate", cursor.date());
      paged.values.put("cursorId", cursor.id());
    }
    Query query = handle.createQuery(SELECT).bind("limit", limit);
    paged.applyTo(query, order);
    return query.mapTo(IncidentItem.class).list();
  }

  /**
   * The conditions for the filter. Narrowings through other tables are looked up first, at most
   * {@link #SMALL_SET} + 1 rows each: small ones become an id list, large ones a probe.
   */
  private Plan plan(Handle handle, ResolvedFilter f) {
    Plan plan = new Plan(hints);
    if (f.storyId() != null) {
      plan.add("i.story_id = :storyId", "storyId", f.storyId());
    }
    if (f.filter().type() != null) {
      plan.add("i.type = :type", "type", f.filter().type());
    }
    if (f.placeId() != null) {
      plan.add("i.place_id = :placeId", "placeId", f.placeId());
    }
    if (f.filter().verification() != null) {
      plan.add("i.verification = :verification", "verification", f.filter().verification());
    }
    if (f.filter().from() != null) {
      plan.add("i.occurred_on >= :from", "from", f.filter().from());
    }
    if (f.filter().to() != null) {
      plan.add("i.occurred_on <= :to", "to", f.filter().to());
    }
    if (f.filter().contested()) {
      plan.conditions.add("i.contested = TRUE");
    }
    plan.lead = Lead.of(f);
    Set<Long> ids = null;
    if (f.actorId() != null) {
      List<Long> small =
          handle
              .createQuery(
                  "SELECT incident_id FROM incident_actors WHERE actor_id = :actorId LIMIT :limit")
              .bind("actorId", f.actorId())
              .bind("limit", SMALL_SET + 1)
              .mapTo(Long.class)
              .list();
      if (small.size() <= SMALL_SET) {
        ids = new LinkedHashSet<>(small);
      } else {
        plan.add(ACTOR_PROBE, "actorId", f.actorId());
      }
    }
    List<String> words = f.filter().words();
    if (f.filter().text() != null && words.isEmpty()) {
      plan.conditions.add("FALSE");
    }
    for (int w = 0; w < words.size(); w++) {
      List<String> forms = Terms.forms(words.get(w));
      List<Long> small =
          handle
              .createQuery(
                  """
                  SELECT entity_id FROM search_terms
                   WHERE entity_type = 'incident' AND term IN (<forms>) LIMIT :limit
                  """)
              .bindList("forms", forms)
              .bind("limit", SMALL_SET * forms.size() + 1)
              .mapTo(Long.class)
              .list();
      Set<Long> distinct = new LinkedHashSet<>(small);
      if (small.size() <= SMALL_SET * forms.size() && distinct.size() <= SMALL_SET) {
        if (ids == null) {
          ids = distinct;
        } else {
          ids.retainAll(distinct);
        }
      } else {
        plan.addList(WORD_PROBE, "word" + w + "_", forms);
      }
    }
    if (ids != null) {
      if (ids.isEmpty()) {
        plan.conditions.add("FALSE");
      } else {
        plan.addList("i.id IN (%s)", "id", List.copyOf(ids));
        plan.lead = null;
      }
    }
    return plan;
  }

  /**
   * The index a query reads, and the columns it leads with. Equal to the filter's values, they
   * change nothing in the order, but ordering by them lets H2 read the index in order instead of
   * sorting every match.
   */
  private enum Lead {
    STORY("incidents_story_idx", "i.story_id"),
    PLACE("incidents_place_idx", "i.place_id"),
    TYPE_VERIFICATION("incidents_type_verification_idx", "i.type", "i.verification"),
    TYPE_CONTESTED("incidents_type_contested_idx", "i.type", "i.contested"),
    VERIFICATION_CONTESTED("incidents_verification_contested_idx", "i.verification", "i.contested"),
    TYPE("incidents_type_idx", "i.type"),
    VERIFICATION("incidents_verification_idx", "i.verification"),
    CONTESTED("incidents_contested_idx", "i.contested"),
    DATE("incidents_occurred_idx");

    private final String index;
    private final List<String> columns;

    Lead(String index, String... columns) {
      this.index = index;
      this.columns = List.of(columns);
    }

    static Lead of(ResolvedFilter f) {
      IncidentFilter filter = f.filter();
      boolean type = filter.type() != null;
      boolean verification = filter.verification() != null;
      boolean contested = filter.contested();
      if (f.storyId() != null) {
        return STORY;
      }
      if (f.placeId() != null) {
        return PLACE;
      }
      if (type && verification) {
        return TYPE_VERIFICATION;
      }
      if (type && contested) {
        return TYPE_CONTESTED;
      }
      if (verification && contested) {
        return VERIFICATION_CONTESTED;
      }
      if (type) {
        return TYPE;
      }
      if (verification) {
        return VERIFICATION;
      }
      return contested ? CONTESTED : DATE;
    }

    String orderBy(IncidentFilter.Sort sort) {
      String direction = sort.ascending() ? " ASC" : " DESC";
      List<String> order = new ArrayList<>(columns);
      order.add("i.occurred_on");
      order.add("i.id");
      return String.join(", ", order.stream().map(c -> c + direction).toList());
    }
  }

  /** WHERE fragments and the values they bind, kept together so neither goes without the other. */
  private static final class Plan {
    private final boolean hints;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> values = new LinkedHashMap<>();
    private Lead lead;

    Plan(boolean hints) {
      this.hints = hints;
    }

    void add(String condition, String name, Object value) {
      conditions.add(condition);
      values.put(name, value);
    }

    /**
     * A condition over a list of values, each bound as a parameter of its own: a defined fragment
     * cannot hold a list binding.
     */
    void addList(String condition, String prefix, List<?> list) {
      List<String> names = new ArrayList<>();
      for (int n = 0; n < list.size(); n++) {
        names.add(":" + prefix + n);
        values.put(prefix + n, list.get(n));
      }
      conditions.add(condition.formatted(String.join(", ", names)));
    }

    Plan copy() {
      Plan copy = new Plan(hints);
      copy.conditions.addAll(conditions);
      copy.values.putAll(values);
      copy.lead = lead;
      return copy;
    }

    void applyTo(SqlStatement<?> statement, IncidentFilter.Sort sort) {
      statement.define(
          "conditions", conditions.isEmpty() ? "TRUE" : String.join(" AND ", conditions));
      statement.define("hint", hints && lead != null ? "USE INDEX (" + lead.index + ")" : "");
      statement.define(
          "order",
          lead == null
              ? (sort.ascending() ? "i.occurred_on ASC, i.id ASC" : "i.occurred_on DESC, i.id DESC")
              : lead.orderBy(sort));
      values.forEach(statement::bind);
    }
  }
}
