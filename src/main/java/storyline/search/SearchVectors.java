package storyline.search;

import org.jdbi.v3.core.Handle;
import storyline.revision.EntityType;

/**
 * The search index on PostgreSQL: each story's, actor's, place's and incident's {@code
 * search_vector}, rewritten from its row by the database's own {@code storyline_vector} (title or
 * name weighted A, other texts B, folded and stemmed; see the PostgreSQL migration V13). An
 * incident's vector holds its place's name, as its postings do on H2.
 */
final class SearchVectors {
  private static final String INCIDENTS =
      """
      UPDATE incidents i SET search_vector = storyline_vector(i.title,
        concat_ws(' ', i.summary, (SELECT p.name FROM places p WHERE p.id = i.place_id)))
       WHERE <which>
      """;

  private SearchVectors() {}

  static void index(Handle handle, EntityType type, long id) {
    switch (type) {
      case STORY -> update(handle, "stories", "title, concat_ws(' ', summary, body)", id);
      case ACTOR -> update(handle, "actors", "name, concat_ws(' ', role, description)", id);
      case PLACE -> {
        update(handle, "places", "name, country", id);
        incidents(handle, "i.place_id = :id", id);
      }
      case INCIDENT -> incidents(handle, "i.id = :id", id);
      default -> {}
    }
  }

  static void rebuild(Handle handle) {
    handle.execute(
        "UPDATE stories SET search_vector = storyline_vector(title, concat_ws(' ', summary, body))");
    handle.execute(
        "UPDATE actors SET search_vector = storyline_vector(name, concat_ws(' ', role,"
            + " description))");
    handle.execute("UPDATE places SET search_vector = storyline_vector(name, country)");
    incidents(handle, "i.id > :id", 0);
  }

  static void indexStory(Handle handle, long storyId) {
    index(handle, EntityType.STORY, storyId);
    incidents(handle, "i.story_id = :id", storyId);
  }

  private static void update(Handle handle, String table, String texts, long id) {
    handle
        .createUpdate("UPDATE <table> SET search_vector = storyline_vector(<texts>) WHERE id = :id")
        .define("table", table)
        .define("texts", texts)
        .bind("id", id)
        .execute();
  }

  private static void incidents(Handle handle, String which, long id) {
    handle.createUpdate(INCIDENTS).define("which", which).bind("id", id).execute();
  }
}
