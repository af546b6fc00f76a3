package storyline.place;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Reads and writes places. */
public interface PlaceDao {

  @SqlQuery("SELECT * FROM places WHERE id = :id")
  Optional<Place> findById(@Bind("id") long id);

  @SqlQuery("SELECT * FROM places WHERE slug = :slug AND archived_at IS NULL")
  Optional<Place> findPublic(@Bind("slug") String slug);

  @SqlQuery("SELECT * FROM places WHERE archived_at IS NULL ORDER BY name, id")
  List<Place> listPublic();
}
