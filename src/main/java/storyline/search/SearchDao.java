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

  private final Jdbi jdbi;

  public SearchDao(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** The stories best matching the words, as {@link Terms#words} finds them in a query. */
  public List<Story> stories(List<String> words, int limit) {
    return find(EntityType.STORY, words, limit, Story.class, Story::id);
  }

  public List<Actor> actors(List<String> words, int limit) {
    return find(EntityType.ACTOR, words, limit, Actor.class, Actor::id);
  }

  public List<Place> places(List<String> words, int limit) {
    return find(EntityType.PLACE, words, limit, Place.class, Place::id);
  }

  public List<IncidentItem> incidents(List<String> words, int limit) {
    return find(EntityType.INCIDENT, words, limit, IncidentItem.class, IncidentItem::id);
  }

  private <T> List<T> find(
      EntityType type, List<String> words, int limit, Class<T> row, ToLongFunction<T> id) {
    if (words.isEmpty()) {
      return List.of();
    }
    return jdbi.withHandle(
        handle -> {
          List<Long> ranked =
              Database.Vendor.of(handle) == Database.Vendor.POSTGRESQL
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
          return rows.subList(0, Math.min(limit, rows.size()));
        });
  }

  /**
   * The ids of the best matches on PostgreSQL: entries whose vector holds any of the words, by
   * {@code ts_rank} (more of the words, and words in the title or name, weigh more), then the
   * newest.
   */
  private static List<Long> rankByVector(
      Handle handle, EntityType type, List<String> words, int limit) {
    return handle
        .createQuery(
            """
            SELECT t.id FROM <table> t, to_tsquery('simple', :query) q
             WHERE t.search_vector @@ q
             ORDER BY ts_rank(t.search_vector, q) DESC, t.id DESC LIMIT :limit
            """)
        .define("table", type.table())
        .bind("query", Terms.anyWord(words))
        .bind("limit", limit)
        .mapTo(Long.class)
        .list();
  }

  /**
   * The ids of the best matches on H2: for each word, the best postings of each of its forms (the
   * best of them when an entry holds two forms), then entries ranked by words matched and weight.
   */
  private static List<Long> rank(Handle handle, EntityType type, List<String> words, int limit) {
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
                SELECT entity_id FROM (<words>) m GROUP BY entity_id
                 ORDER BY COUNT(*) DESC, SUM(weight) DESC, entity_id DESC LIMIT :limit
                """)
            .define("words", String.join(" UNION ALL ", perWord))
            .bind("type", type)
            .bind("perForm", PER_FORM)
            .bind("limit", limit);
    forms.forEach(query::bind);
    return query.mapTo(Long.class).list();
  }
}
