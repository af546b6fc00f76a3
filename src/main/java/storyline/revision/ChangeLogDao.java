package storyline.revision;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Reads the public change logs of stories and incidents (see {@link PublicChanges}). */
public interface ChangeLogDao {

  @SqlQuery(
      PublicChanges.FROM
          + PublicChanges.WHERE
          + """
           AND r.story_id = :storyId AND r.at >= :since
         ORDER BY r.at DESC, r.id DESC LIMIT :limit
        """)
  List<PublicChange> forStory(
      @Bind("storyId") long storyId, @Bind("since") Instant since, @Bind("limit") int limit);

  @SqlQuery(
      PublicChanges.FROM
          + PublicChanges.WHERE
          + """
           AND r.incident_id = :incidentId
         ORDER BY r.at DESC, r.id DESC LIMIT :limit
        """)
  List<PublicChange> forIncident(@Bind("incidentId") long incidentId, @Bind("limit") int limit);
}
