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
}
