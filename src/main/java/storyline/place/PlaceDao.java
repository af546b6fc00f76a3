package storyline.place;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Reads and writes places. */
public interface PlaceDao {

  @SqlQuery("SELECT * FROM places WHERE id = :id")
  Optional<Place> findById(@Bind("id") long id);

  @SqlQuery("SELECT * FROM places WHERE slug = :slug AND archived_at IS NULL")
  Optional<Place> findPublic(@Bind("slug") String slug);

  @SqlQuery("SELECT * FROM places WHERE archived_at IS NULL ORDER BY name, id")
  List<Place> listPublic();

  @SqlUpdate(
      """
      INSERT INTO places (slug, name, country, latitude, longitude, created_at, updated_at)
      VALUES (:slug, :name, :country, :latitude, :longitude, :now, :now)
      """)
  @GetGeneratedKeys("id")
  long insert(
      @Bind("slug") String slug,
      @Bind("name") String name,
      @Bind("country") String country,
      @Bind("latitude") double latitude,
      @Bind("longitude") double longitude,
      @Bind("now") Instant now);
}
