package storyline.revision;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Reads and writes the history of every entry. */
public interface RevisionDao {

  @SqlUpdate(
      """
      INSERT INTO revisions (entity_type, entity_id, version, editor_id, at, action, kind,
                             headline, story_id, snapshot, note, incident_id, place_id)
      VALUES (:entityType, :entityId, :version, :editorId, :at, :action, :kind, :headline,
              :storyId, CAST(:snapshot AS <json>), :note, :incidentId, :placeId)
      """)
  @GetGeneratedKeys("id")
  long insert(
      @BindMethods Revision revision,
      @Bind("incidentId") Long incidentId,
      @Bind("placeId") Long placeId);

  @SqlBatch(
      "INSERT INTO revision_actors (revision_id, actor_id, at) VALUES (:revision, :actor, :at)")
  void addActors(
      @Bind("revision") long revisionId,
      @Bind("actor") List<Long> actorIds,
      @Bind("at") Instant at);

  @SqlQuery("SELECT incident_id FROM claims WHERE id = :id")
  Optional<Long> incidentOfClaim(@Bind("id") long claimId);

  @SqlQuery("SELECT incident_id FROM quotes WHERE id = :id AND incident_id IS NOT NULL")
  Optional<Long> incidentOfQuote(@Bind("id") long quoteId);

  @SqlQuery("SELECT place_id FROM incidents WHERE id = :id AND place_id IS NOT NULL")
  Optional<Long> placeOfIncident(@Bind("id") long incidentId);

  /** Everyone an incident's change concerns: its cast. */
  @SqlQuery("SELECT DISTINCT actor_id FROM incident_actors WHERE incident_id = :id")
  List<Long> actorsOfIncident(@Bind("id") long incidentId);

  /** Everyone a claim's change concerns: who makes it, and the cast of its incident. */
  @SqlQuery(
      """
      SELECT actor_id FROM claims WHERE id = :id
      UNION SELECT ia.actor_id FROM incident_actors ia JOIN claims c ON c.incident_id = ia.incident_id
       WHERE c.id = :id
      """)
  List<Long> actorsOfClaim(@Bind("id") long claimId);

  /** Everyone a quote's change concerns: who said it, and the cast of its incident, if any. */
  @SqlQuery(
      """
      SELECT actor_id FROM quotes WHERE id = :id
      UNION SELECT ia.actor_id FROM incident_actors ia JOIN quotes q ON q.incident_id = ia.incident_id
       WHERE q.id = :id
      """)
  List<Long> actorsOfQuote(@Bind("id") long quoteId);

  @SqlQuery(
      """
      SELECT * FROM revisions WHERE entity_type = :type AND entity_id = :id
       ORDER BY version DESC
      """)
  List<Revision> listForEntity(@Bind("type") EntityType type, @Bind("id") long id);
}
