package storyline.revision;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Reads the public change logs of stories and incidents. */
public interface ChangeLogDao {

  @SqlQuery(
      """
      SELECT * FROM change_log WHERE story_id = :storyId AND at >= :since
       ORDER BY at DESC, id DESC LIMIT :limit
      """)
  List<PublicChange> forStory(
      @Bind("storyId") long storyId, @Bind("since") Instant since, @Bind("limit") int limit);

  @SqlQuery(
      """
      SELECT * FROM change_log WHERE incident_id = :incidentId
       ORDER BY at DESC, id DESC LIMIT :limit
      """)
  List<PublicChange> forIncident(@Bind("incidentId") long incidentId, @Bind("limit") int limit);
}
