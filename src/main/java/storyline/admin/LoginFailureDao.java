package storyline.admin;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Failed sign-ins, by the username that was typed. */
public interface LoginFailureDao {

  @SqlUpdate("INSERT INTO login_failures (username, failed_at) VALUES (:username, :at)")
  void record(@Bind("username") String username, @Bind("at") Instant at);

  @SqlQuery(
      """
      SELECT failed_at FROM login_failures WHERE username = :username AND failed_at > :since
       ORDER BY failed_at DESC
      """)
  List<Instant> since(@Bind("username") String username, @Bind("since") Instant since);

  @SqlUpdate("DELETE FROM login_failures WHERE username = :username")
  void clear(@Bind("username") String username);

  @SqlUpdate("DELETE FROM login_failures WHERE failed_at <= :before")
  void deleteOlderThan(@Bind("before") Instant before);
}
