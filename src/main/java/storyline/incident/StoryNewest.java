package storyline.incident;

/**
 * The queries for a public story's newest incidents, at most {@code :limit} (bound with {@code
 * :storyId}), read down the story's index: what the story page's counts, cast and sources and the
 * list's filter options look at. A class of its own, depending on nothing, so that the DAOs of
 * other kinds can use it; constants, so that SqlObject annotations can.
 */
public final class StoryNewest {
  private static final String NEWEST =
      """
       FROM incidents i
       WHERE i.story_id = :storyId AND i.archived_at IS NULL AND i.published_at IS NOT NULL
         AND EXISTS (SELECT 1 FROM stories s WHERE s.id = :storyId
                       AND s.status = 'published' AND s.archived_at IS NULL)
       ORDER BY i.story_id DESC, i.occurred_on DESC, i.occurred_minute DESC, i.id DESC
       LIMIT :limit
      """;

  /** Their ids. */
  public static final String IDS = "SELECT i.id" + NEWEST;

  /**
   * Their places, read with them: looking the ids up again made PostgreSQL hash the whole table of
   * incidents (20 ms at 100,000).
   */
  public static final String PLACES = "SELECT i.place_id" + NEWEST;

  private StoryNewest() {}
}
