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

  @SqlQuery(
      """
      SELECT * FROM places
       WHERE (archived_at IS NOT NULL) = :archived
         AND (:pattern = '%%' OR LOWER(name) LIKE :pattern ESCAPE '!' OR slug LIKE :pattern ESCAPE '!'
              OR LOWER(country) LIKE :pattern ESCAPE '!')
       ORDER BY updated_at DESC, id DESC LIMIT 200
      """)
  List<Place> listForAdmin(@Bind("pattern") String pattern, @Bind("archived") boolean archived);

  @SqlUpdate(
      """
      UPDATE places SET slug = :slug, name = :name, country = :country, latitude = :latitude,
             longitude = :longitude, updated_at = :now, version = version + 1
       WHERE id = :id AND version = :version
      """)
  boolean update(
      @Bind("id") long id,
      @Bind("version") int version,
      @Bind("slug") String slug,
      @Bind("name") String name,
      @Bind("country") String country,
      @Bind("latitude") double latitude,
      @Bind("longitude") double longitude,
      @Bind("now") Instant now);

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
