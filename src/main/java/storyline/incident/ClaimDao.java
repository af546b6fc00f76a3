package storyline.incident;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Reads and writes the claims that actors make about incidents. */
public interface ClaimDao {

  @SqlQuery("SELECT * FROM claims WHERE id = :id")
  Optional<Claim> findById(@Bind("id") long id);

  /** The claims of an incident that are not archived, public or not: what its form edits. */
  @SqlQuery("SELECT * FROM claims WHERE incident_id = :id AND archived_at IS NULL ORDER BY id")
  List<Claim> listCurrentForIncident(@Bind("id") long incidentId);

  @SqlUpdate(
      """
      UPDATE claims SET actor_id = :actorId, stance = :stance, text = :text, said_on = :saidOn,
             status = :status, updated_at = :now, version = version + 1
       WHERE id = :id
      """)
  void update(
      @Bind("id") long id,
      @Bind("actorId") long actorId,
      @Bind("stance") Stance stance,
      @Bind("text") String text,
      @Bind("saidOn") LocalDate saidOn,
      @Bind("status") ClaimStatus status,
      @Bind("now") Instant now);

  @SqlUpdate(
      """
      UPDATE claims SET archived_at = :now, updated_at = :now, version = version + 1
       WHERE id = :id
      """)
  void archive(@Bind("id") long id, @Bind("now") Instant now);

  @SqlQuery("SELECT * FROM public_claims WHERE incident_id = :id ORDER BY said_on NULLS LAST, id")
  List<ClaimItem> listForIncident(@Bind("id") long incidentId);

  @SqlQuery(
      "SELECT * FROM public_claims WHERE incident_id IN (<ids>) ORDER BY said_on NULLS LAST, id")
  List<ClaimItem> listForIncidents(@BindList("ids") List<Long> incidentIds);

  @SqlQuery(
      """
      SELECT * FROM public_claims WHERE actor_id = :actorId
       ORDER BY said_on DESC NULLS LAST, id DESC LIMIT :limit
      """)
  List<ClaimItem> listByActor(@Bind("actorId") long actorId, @Bind("limit") int limit);

  @SqlUpdate(
      """
      INSERT INTO claims (incident_id, actor_id, stance, text, said_on, status, created_at,
                          updated_at)
      VALUES (:incidentId, :actorId, :stance, :text, :saidOn, :status, :now, :now)
      """)
  @GetGeneratedKeys("id")
  long insert(
      @Bind("incidentId") long incidentId,
      @Bind("actorId") long actorId,
      @Bind("stance") Stance stance,
      @Bind("text") String text,
      @Bind("saidOn") LocalDate saidOn,
      @Bind("status") ClaimStatus status,
      @Bind("now") Instant now);
}
