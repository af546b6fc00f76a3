package storyline.admin;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Sign-in sessions, kept in the database so that any instance can serve any editor. */
public interface SessionDao {

  /** A live session and its editor. */
  record Row(
      String tokenHash,
      long editorId,
      String csrfToken,
      String flash,
      Instant createdAt,
      Instant expiresAt) {}

  @SqlUpdate(
      """
      INSERT INTO editor_sessions (token_hash, editor_id, csrf_token, created_at, expires_at)
      VALUES (:tokenHash, :editorId, :csrf, :now, :expiresAt)
      """)
  void insert(
      @Bind("tokenHash") String tokenHash,
      @Bind("editorId") long editorId,
      @Bind("csrf") String csrf,
      @Bind("now") Instant now,
      @Bind("expiresAt") Instant expiresAt);

  @SqlQuery(
      """
      SELECT token_hash, editor_id, csrf_token, flash, created_at, expires_at FROM editor_sessions
       WHERE token_hash = :tokenHash AND expires_at > :now
      """)
  Optional<Row> findLive(@Bind("tokenHash") String tokenHash, @Bind("now") Instant now);

  @SqlUpdate("UPDATE editor_sessions SET expires_at = :expiresAt WHERE token_hash = :tokenHash")
  void extend(@Bind("tokenHash") String tokenHash, @Bind("expiresAt") Instant expiresAt);

  @SqlUpdate("DELETE FROM editor_sessions WHERE token_hash = :tokenHash")
  void delete(@Bind("tokenHash") String tokenHash);

  @SqlUpdate("DELETE FROM editor_sessions WHERE editor_id = :editorId")
  void deleteForEditor(@Bind("editorId") long editorId);

  @SqlUpdate("DELETE FROM editor_sessions WHERE expires_at <= :now")
  void deleteExpired(@Bind("now") Instant now);

  @SqlUpdate("UPDATE editor_sessions SET flash = :flash WHERE token_hash = :tokenHash")
  void setFlash(@Bind("tokenHash") String tokenHash, @Bind("flash") String flash);
}
