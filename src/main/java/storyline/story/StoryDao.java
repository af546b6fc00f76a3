package storyline.story;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Reads and writes stories. */
@RegisterConstructorMapper(Story.class)
@RegisterConstructorMapper(StoryCard.class)
public interface StoryDao {

  @SqlQuery("SELECT * FROM stories WHERE id = :id")
  Optional<Story> findById(@Bind("id") long id);

  /** A story that readers may see: published and not archived. */
  @SqlQuery(
      "SELECT * FROM stories WHERE slug = :slug AND status = 'published' AND archived_at IS NULL")
  Optional<Story> findPublic(@Bind("slug") String slug);

  @SqlQuery(
      """
      SELECT s.id, s.slug, s.title, s.summary, u.last_updated_at,
             (SELECT COUNT(*) FROM public_incidents p WHERE p.story_id = s.id) AS incident_count
        FROM stories s JOIN story_updates u ON u.story_id = s.id
       WHERE s.status = 'published' AND s.archived_at IS NULL
       ORDER BY u.last_updated_at DESC, s.id DESC
      """)
  List<StoryCard> listPublic();

  @SqlQuery("SELECT last_updated_at FROM story_updates WHERE story_id = :id")
  Instant lastUpdatedAt(@Bind("id") long id);

  @SqlQuery("SELECT COUNT(*) FROM stories")
  int countAll();

  @SqlUpdate(
      """
      INSERT INTO stories (slug, title, summary, body, status, published_at, created_at,
                           updated_at)
      VALUES (:slug, :title, :summary, :body, :status, :publishedAt, :now, :now)
      """)
  @GetGeneratedKeys("id")
  long insert(
      @Bind("slug") String slug,
      @Bind("title") String title,
      @Bind("summary") String summary,
      @Bind("body") String body,
      @Bind("status") StoryStatus status,
      @Bind("publishedAt") Instant publishedAt,
      @Bind("now") Instant now);
}
