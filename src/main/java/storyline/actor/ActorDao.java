package storyline.actor;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Reads and writes actors. */
public interface ActorDao {

  @SqlQuery("SELECT * FROM actors WHERE id = :id")
  Optional<Actor> findById(@Bind("id") long id);

  @SqlQuery("SELECT * FROM actors WHERE slug = :slug AND archived_at IS NULL")
  Optional<Actor> findPublic(@Bind("slug") String slug);

  @SqlQuery("SELECT * FROM actors WHERE archived_at IS NULL ORDER BY name, id")
  List<Actor> listPublic();

  /** The actors that name this one as their affiliation: White House staff, say. */
  @SqlQuery(
      "SELECT * FROM actors WHERE affiliation_id = :id AND archived_at IS NULL ORDER BY name, id")
  List<Actor> listAffiliates(@Bind("id") long id);

  @SqlUpdate("UPDATE actors SET affiliation_id = :affiliationId WHERE id = :id")
  void setAffiliation(@Bind("id") long id, @Bind("affiliationId") Long affiliationId);

  /** Every position the actor held, oldest first, for the admin's form and history. */
  @SqlQuery(
      """
      SELECT p.id, p.actor_id, p.story_id, s.title AS story_title, p.title, p.from_on, p.to_on
        FROM actor_positions p LEFT JOIN stories s ON s.id = p.story_id
       WHERE p.actor_id = :id
       ORDER BY p.from_on NULLS FIRST, p.id
      """)
  List<Position> listPositions(@Bind("id") long actorId);

  /** The positions readers see: those of every story, and those of a story they can read. */
  @SqlQuery(
      """
      SELECT p.id, p.actor_id, p.story_id, s.title AS story_title, p.title, p.from_on, p.to_on
        FROM actor_positions p LEFT JOIN stories s ON s.id = p.story_id
       WHERE p.actor_id = :id
         AND (p.story_id IS NULL OR (s.status = 'published' AND s.archived_at IS NULL))
       ORDER BY p.from_on NULLS FIRST, p.id
      """)
  List<Position> listPublicPositions(@Bind("id") long actorId);

  @SqlUpdate("DELETE FROM actor_positions WHERE actor_id = :id")
  void removePositions(@Bind("id") long actorId);

  @SqlUpdate(
      """
      INSERT INTO actor_positions (actor_id, story_id, title, from_on, to_on)
      VALUES (:actorId, :storyId, :title, :fromOn, :toOn)
      """)
  void addPosition(
      @Bind("actorId") long actorId,
      @Bind("storyId") Long storyId,
      @Bind("title") String title,
      @Bind("fromOn") java.time.LocalDate fromOn,
      @Bind("toOn") java.time.LocalDate toOn);
}
