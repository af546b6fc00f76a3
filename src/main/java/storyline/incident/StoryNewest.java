package storyline.incident;

/**
 * The query for the ids of a public story's newest incidents, at most {@code :limit} (bound with
 * {@code :storyId}), read down the story's index: what the story page's counts, cast and sources
 * look at. A class of its own, depending on nothing, so that the DAOs of other kinds can use it.
 */
public final class StoryNewest {
  public static final String IDS =
      """
      SELECT i.id FROM incidents i
       WHERE i.story_id = :storyId AND i.archived_at IS NULL AND i.published_at IS NOT NULL
         AND EXISTS (SELECT 1 FROM stories s WHERE s.id = :storyId
                       AND s.status = 'published' AND s.archived_at IS NULL)
       ORDER BY i.story_id DESC, i.occurred_on DESC, i.occurred_minute DESC, i.id DESC
       LIMIT :limit
      """;

  private StoryNewest() {}
}
