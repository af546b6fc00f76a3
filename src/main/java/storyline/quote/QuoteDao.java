package storyline.quote;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

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
}
