package storyline.admin;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Reads and writes editors' accounts. */
public interface EditorDao {

  @SqlQuery("SELECT COUNT(*) FROM editors")
  int count();

  @SqlQuery("SELECT * FROM editors WHERE id = :id")
  Optional<Editor> findById(@Bind("id") long id);

  @SqlQuery("SELECT * FROM editors WHERE username = :username")
  Optional<Editor> findByUsername(@Bind("username") String username);

  @SqlQuery("SELECT * FROM editors ORDER BY disabled, display_name, id")
  List<Editor> list();

  @SqlUpdate(
      """
      INSERT INTO editors (username, display_name, password_hash, role, created_at, updated_at)
      VALUES (:username, :displayName, :passwordHash, :role, :now, :now)
      """)
  @GetGeneratedKeys("id")
  long insert(
      @Bind("username") String username,
      @Bind("displayName") String displayName,
      @Bind("passwordHash") String passwordHash,
      @Bind("role") EditorRole role,
      @Bind("now") Instant now);

  /** Saves name, role and whether the account is disabled; false when the version is stale. */
  @SqlUpdate(
      """
      UPDATE editors SET password_hash = :passwordHash, version = version + 1, updated_at = :now
       WHERE id = :id
      """)
  void setPassword(
      @Bind("id") long id, @Bind("passwordHash") String passwordHash, @Bind("now") Instant now);
}
