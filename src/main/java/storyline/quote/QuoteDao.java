package storyline.quote;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Reads and writes quotes. */
public interface QuoteDao {

  @SqlQuery("SELECT * FROM quotes WHERE id = :id")
  Optional<Quote> findById(@Bind("id") long id);

  /** The story's newest quotes, oldest of them first. */
  @SqlQuery(
      """
      SELECT * FROM (SELECT * FROM public_quotes WHERE story_id = :storyId
                      ORDER BY said_on DESC NULLS LAST, id DESC LIMIT :limit) q
       ORDER BY said_on NULLS LAST, id
      """)
  List<QuoteItem> listForStory(@Bind("storyId") long storyId, @Bind("limit") int limit);

  @SqlQuery(
      "SELECT * FROM public_quotes WHERE incident_id = :incidentId ORDER BY said_on NULLS LAST, id")
  List<QuoteItem> listForIncident(@Bind("incidentId") long incidentId);

  @SqlQuery(
      """
      SELECT * FROM public_quotes WHERE actor_id = :actorId
       ORDER BY said_on DESC NULLS LAST, id DESC LIMIT :limit
      """)
  List<QuoteItem> listByActor(@Bind("actorId") long actorId, @Bind("limit") int limit);

  @SqlUpdate(
      """
      INSERT INTO quotes (actor_id, story_id, incident_id, text, said_on, context, created_at,
                          updated_at)
      VALUES (:actorId, :storyId, :incidentId, :text, :saidOn, :context, :now, :now)
      """)
  @GetGeneratedKeys("id")
  long insert(
      @Bind("actorId") long actorId,
      @Bind("storyId") long storyId,
      @Bind("incidentId") Long incidentId,
      @Bind("text") String text,
      @Bind("saidOn") LocalDate saidOn,
      @Bind("context") String context,
      @Bind("now") Instant now);
}
