package storyline.search;

import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import storyline.actor.Actor;
import storyline.incident.IncidentItem;
import storyline.incident.IncidentQuery;
import storyline.place.Place;
import storyline.story.Story;

/**
 * Finds the public stories, actors, places and incidents in which any of a reader's words occur.
 * Ranking is left to {@link SearchController}; this only narrows the candidates, with every word
 * bound as a parameter.
 */
public final class SearchDao {
  static final int CANDIDATES = 100;
  private static final String STORIES =
      """
      SELECT * FROM stories WHERE status = 'published' AND archived_at IS NULL AND (<matches>)
       ORDER BY id LIMIT :limit
      """;
  private static final String ACTORS =
      """
      SELECT * FROM actors WHERE archived_at IS NULL AND (<matches>) ORDER BY id LIMIT :limit
      """;
  private static final String PLACES =
      """
      SELECT * FROM places WHERE archived_at IS NULL AND (<matches>) ORDER BY id LIMIT :limit
      """;
  private static final String INCIDENTS =
      """
      SELECT * FROM public_incidents WHERE <matches> ORDER BY id LIMIT :limit
      """;
  private static final String LIKE = "LOWER(%s) LIKE :word%d ESCAPE '!'";

  private final Jdbi jdbi;

  public SearchDao(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  public List<Story> stories(List<String> words) {
    return find(STORIES, words, Story.class, "title", "summary", "body", "slug");
  }

  public List<Actor> actors(List<String> words) {
    return find(ACTORS, words, Actor.class, "name", "role", "description", "slug");
  }

  public List<Place> places(List<String> words) {
    return find(PLACES, words, Place.class, "name", "country", "slug");
  }

  public List<IncidentItem> incidents(List<String> words) {
    return find(INCIDENTS, words, IncidentItem.class, "title", "summary", "place_name", "slug");
  }

  private <T> List<T> find(String sql, List<String> words, Class<T> type, String... columns) {
    if (words.isEmpty()) {
      return List.of();
    }
    List<String> matches = new ArrayList<>();
    for (int w = 0; w < words.size(); w++) {
      for (String column : columns) {
        matches.add(LIKE.formatted(column, w));
      }
    }
    return jdbi.withHandle(
        handle -> {
          var query =
              handle
                  .createQuery(sql)
                  .define("matches", String.join(" OR ", matches))
                  .bind("limit", CANDIDATES);
          for (int w = 0; w < words.size(); w++) {
            query.bind("word" + w, "%" + IncidentQuery.likeEscape(words.get(w)) + "%");
          }
          return query.registerRowMapper(ConstructorMapper.factory(type)).mapTo(type).list();
        });
  }
}
