package storyline.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import storyline.actor.Actor;
import storyline.db.Database;
import storyline.incident.IncidentItem;
import storyline.place.Place;
import storyline.revision.EntityType;
import storyline.story.Story;

/**
 * Finds the public stories, actors, places and incidents that best match a reader's words, ranked
 * in the database over the search index: entries matching more of the words first, then those whose
 * title or name holds them, then the newest. Each word's postings are read best first and at most
 * {@link #PER_FORM} of them, so the cost of a search does not grow with the size of the site.
 */
public final class SearchDao {
  /** The best postings read for each form of each word. */
  static final int PER_FORM = 1_000;

  /** Ranked candidates fetched beyond the page, in case some are not public. */
  static final int SPARE = 20;

  /**
   * One form's best postings. The order names the index's columns from the first, although the
   * first two are fixed by the condition: only then does H2 read the index in order and stop at the
   * limit, instead of reading every posting of a common word and sorting them.
   */
  private static final String POSTINGS =
      """
      SELECT * FROM (SELECT entity_id, weight FROM search_terms
                      WHERE term = :%1$s AND entity_type = :type
                      ORDER BY term, entity_type, weight DESC, entity_id DESC
                      LIMIT :perForm) %1$s
      """;

  private static final String WORD =
      "SELECT entity_id, MAX(weight) AS weight FROM (%s) %s GROUP BY entity_id";

  private static final Map<EntityType, String> PUBLIC_ROWS =
      Map.of(
          EntityType.STORY,
          """
          SELECT * FROM stories WHERE id IN (<ids>) AND status = 'published'
             AND archived_at IS NULL
          """,
          EntityType.ACTOR,
          "SELECT * FROM actors WHERE id IN (<ids>) AND archived_at IS NULL",
          EntityType.PLACE,
          "SELECT * FROM places WHERE id IN (<ids>) AND archived_at IS NULL",
          EntityType.INCIDENT,
          "SELECT * FROM public_incidents WHERE id IN (<ids>)");

  /**
   * What {@code ts_headline} shows of each kind on PostgreSQL: its title or name, and the text an
   * excerpt is cut from.
   */
  private static final Map<EntityType, String[]> SHOWN =
      Map.of(
          EntityType.STORY, new String[] {"title", "summary"},
          EntityType.ACTOR, new String[] {"name", "COALESCE(role, '')"},
          EntityType.PLACE, new String[] {"name", "country"},
          EntityType.INCIDENT, new String[] {"title", "summary"});

  private static final String HEADLINE_OPTIONS =
      "StartSel=" + Highlighter.START + ", StopSel=" + Highlighter.STOP;

  /**
   * A match, with its title and excerpt as PostgreSQL's {@code ts_headline} marked them, or null on
   * H2, where the page marks them itself.
   */
  public record Found<T>(T row, String title, String excerpt) {}

  private final Jdbi jdbi;

  public SearchDao(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /**
   * The stories best matching the search: those holding more of what it looks for first, any of it
   * enough, and none of what every alternative excludes.
   */
  public List<Found<Story>> stories(SearchText words, int limit) {
    return find(EntityType.STORY, words, limit, Story.class, Story::id);
  }

  public List<Found<Actor>> actors(SearchText words, int limit) {
    return find(EntityType.ACTOR, words, limit, Actor.class, Actor::id);
  }

  public List<Found<Place>> places(SearchText words, int limit) {
    return find(EntityType.PLACE, words, limit, Place.class, Place::id);
  }

  public List<Found<IncidentItem>> incidents(SearchText words, int limit) {
    return find(EntityType.INCIDENT, words, limit, IncidentItem.class, IncidentItem::id);
  }

  private <T> List<Found<T>> find(
      EntityType type, SearchText words, int limit, Class<T> row, ToLongFunction<T> id) {
    if (words.isEmpty()) {
      return List.of();
    }
    return jdbi.withHandle(
        handle -> {
          boolean postgres = Database.Vendor.of(handle) == Database.Vendor.POSTGRESQL;
          List<Long> ranked =
              postgres
                  ? rankByVector(handle, type, words, limit + SPARE)
                  : rank(handle, type, words, limit + SPARE);
          if (ranked.isEmpty()) {
            return List.of();
          }
          Map<Long, Integer> position = new HashMap<>();
          for (int i = 0; i < ranked.size(); i++) {
            position.put(ranked.get(i), i);
          }
          List<T> rows =
              new ArrayList<>(
                  handle
                      .createQuery(PUBLIC_ROWS.get(type))
                      .bindList("ids", ranked)
                      .mapTo(row)
                      .list());
          rows.sort(Comparator.comparingInt(r -> position.get(id.applyAsLong(r))));
          List<T> shown = rows.subList(0, Math.min(limit, rows.size()));
          Map<Long, String[]> headlines =
              postgres
                  ? headlines(handle, type, words, shown.stream().map(id::applyAsLong).toList())
                  : Map.of();
          return shown.stream()
              .map(
                  r -> {
                    String[] h = headlines.get(id.applyAsLong(r));
                    return new Found<>(r, h == null ? null : h[0], h == null ? null : h[1]);
                  })
              .toList();
        });
  }

  /**
   * The ids of the best matches on PostgreSQL: entries whose vector holds any of the words or
   * phrases and none of the excluded words, by {@code ts_rank} (more of the words, and words in the
   * title or name, weigh more), then the newest.
   */
  private static List<Long> rankByVector(
      Handle handle, EntityType type, SearchText words, int limit) {
    List<String> excluded = words.excludedEverywhere();
    return handle
        .createQuery(
            """
            SELECT t.id FROM <table> t, websearch_to_tsquery('storyline', :query) q
             WHERE t.search_vector @@ q <excluding>
             ORDER BY ts_rank(t.search_vector, q) DESC, t.id DESC LIMIT :limit
            """)
        .define("table", type.table())
        .define(
            "excluding",
            excluded.isEmpty()
                ? ""
                : "AND NOT t.search_vector @@ websearch_to_tsquery('storyline', :excluded)")
        .bind("query", words.websearchAnyOf())
        .bind("excluded", String.join(" or ", excluded))
        .bind("limit", limit)
        .mapTo(Long.class)
        .list();
  }

  /**
   * Each match's title and excerpt with what the search matched marked, word forms included: the
   * whole title, and the best fragment of the text.
   */
  private static Map<Long, String[]> headlines(
      Handle handle, EntityType type, SearchText words, List<Long> ids) {
    Map<Long, String[]> headlines = new HashMap<>();
    if (ids.isEmpty()) {
      return headlines;
    }
    String[] shown = SHOWN.get(type);
    handle
        .createQuery(
            """
            SELECT t.id,
                   ts_headline('storyline', <title>, q, :options || ', HighlightAll=true'),
                   ts_headline('storyline', <text>, q,
                               :options || ', MaxWords=35, MinWords=15, MaxFragments=1')
              FROM <table> t, websearch_to_tsquery('storyline', :query) q
             WHERE t.id IN (<ids>)
            """)
        .define("table", type.table())
        .define("title", shown[0])
        .define("text", shown[1])
        .bind("options", HEADLINE_OPTIONS)
        .bind("query", words.websearchAnyOf())
        .bindList("ids", ids)
        .map((rs, ctx) -> Map.entry(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3)}))
        .forEach(e -> headlines.put(e.getKey(), e.getValue()));
    return headlines;
  }

  /**
   * The ids of the best matches on H2: for each word, the best postings of each of its forms (the
   * best of them when an entry holds two forms), then entries ranked by words matched and weight.
   */
  private static List<Long> rank(Handle handle, EntityType type, SearchText search, int limit) {
    List<String> words = search.sought();
    List<String> excluded = new ArrayList<>();
    for (String word : search.excludedEverywhere()) {
      excluded.addAll(Terms.forms(word));
    }
    List<String> perWord = new ArrayList<>();
    Map<String, String> forms = new HashMap<>();
    for (int w = 0; w < words.size(); w++) {
      List<String> postings = new ArrayList<>();
      List<String> wordForms = Terms.forms(words.get(w));
      for (int f = 0; f < wordForms.size(); f++) {
        String name = "f" + w + "_" + f;
        forms.put(name, wordForms.get(f));
        postings.add(POSTINGS.formatted(name));
      }
      perWord.add(WORD.formatted(String.join(" UNION ALL ", postings), "w" + w));
    }
    Query query =
        handle
            .createQuery(
                """
                SELECT entity_id FROM (<words>) m <excluding> GROUP BY entity_id
                 ORDER BY COUNT(*) DESC, SUM(weight) DESC, entity_id DESC LIMIT :limit
                """)
            .define("words", String.join(" UNION ALL ", perWord))
            .define(
                "excluding",
                excluded.isEmpty()
                    ? ""
                    : "WHERE entity_id NOT IN (SELECT x.entity_id FROM search_terms x"
                        + " WHERE x.entity_type = :type AND x.term IN ("
                        + String.join(
                            ", ",
                            java.util.stream.IntStream.range(0, excluded.size())
                                .mapToObj(n -> ":excluded" + n)
                                .toList())
                        + "))")
            .bind("type", type)
            .bind("perForm", PER_FORM)
            .bind("limit", limit);
    for (int n = 0; n < excluded.size(); n++) {
      query.bind("excluded" + n, excluded.get(n));
    }
    forms.forEach(query::bind);
    return query.mapTo(Long.class).list();
  }
}
