package storyline.story;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Reads and writes stories. */
public interface StoryDao {

  @SqlQuery("SELECT * FROM stories WHERE id = :id")
  Optional<Story> findById(@Bind("id") long id);

  /** A story that readers may see: published and not archived. */
  @SqlQuery(
      "SELECT * FROM stories WHERE slug = :slug AND status = 'published' AND archived_at IS NULL")
  Optional<Story> findPublic(@Bind("slug") String slug);

  /** Published stories, the most recently changed first. */
  @SqlQuery(
      """
      SELECT id, slug, title, summary, COALESCE(last_change_at, updated_at) AS last_updated_at,
             incident_count, concluded_on
        FROM stories WHERE status = 'published' AND archived_at IS NULL
       ORDER BY last_change_at DESC NULLS LAST, id DESC
       LIMIT :limit
      """)
  List<StoryCard> listPublic(@Bind("limit") int limit);

  /** When anything in the story last changed: the story, its incidents, claims or quotes. */
  @SqlQuery("SELECT COALESCE(last_change_at, updated_at) FROM stories WHERE id = :id")
  Instant lastChangeAt(@Bind("id") long id);

  @SqlQuery("SELECT incident_count FROM stories WHERE id = :id")
  int incidentCount(@Bind("id") long id);

  /** How many public incidents the published stories hold between them. */
  @SqlQuery(
      """
      SELECT COALESCE(SUM(incident_count), 0) FROM stories
       WHERE status = 'published' AND archived_at IS NULL
      """)
  int countPublicIncidents();

  /**
   * Recounts the story's public incidents and marks it changed now: run in every transaction that
   * changes the story or anything in it.
   */
  @SqlUpdate(
      """
      UPDATE stories
         SET incident_count = (SELECT COUNT(*) FROM public_incidents p WHERE p.story_id = :id),
             last_change_at = :now
       WHERE id = :id
      """)
  void changed(@Bind("id") long id, @Bind("now") Instant now);

  @SqlQuery("SELECT COUNT(*) FROM stories")
  int countAll();

  @SqlQuery("SELECT * FROM stories WHERE archived_at IS NULL ORDER BY title, id")
  List<Story> listCurrent();

  @SqlQuery(
      "SELECT * FROM stories WHERE status = 'draft' AND archived_at IS NULL ORDER BY updated_at DESC")
  List<Story> listDrafts();
}
