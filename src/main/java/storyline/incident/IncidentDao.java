package storyline.incident;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Reads and writes incidents and who took part in them. */
@RegisterConstructorMapper(Incident.class)
@RegisterConstructorMapper(IncidentItem.class)
@RegisterConstructorMapper(Involvement.class)
@RegisterConstructorMapper(TypeCount.class)
@RegisterConstructorMapper(ActorPart.class)
public interface IncidentDao {

  @SqlQuery(
      "SELECT actor_id, role FROM incident_actors WHERE incident_id = :id ORDER BY role, actor_id")
  List<ActorPart> actorParts(@Bind("id") long incidentId);

  @SqlQuery("SELECT * FROM incidents WHERE id = :id")
  Optional<Incident> findById(@Bind("id") long id);

  /** Every incident that is not archived, drafts' included: what the admin's selects offer. */
  @SqlQuery("SELECT * FROM incidents WHERE archived_at IS NULL ORDER BY occurred_on DESC, id DESC")
  List<Incident> listCurrent();

  @SqlQuery("SELECT * FROM public_incidents WHERE slug = :slug")
  Optional<IncidentItem> findPublic(@Bind("slug") String slug);

  @SqlQuery("SELECT * FROM public_incidents WHERE id = :id")
  Optional<IncidentItem> findPublicById(@Bind("id") long id);

  @SqlQuery("SELECT * FROM public_incidents WHERE story_id = :storyId ORDER BY occurred_on, id")
  List<IncidentItem> listForStory(@Bind("storyId") long storyId);

  @SqlQuery(
      """
      SELECT * FROM public_incidents WHERE place_id = :placeId
       ORDER BY occurred_on DESC, id DESC
      """)
  List<IncidentItem> listForPlace(@Bind("placeId") long placeId);

  @SqlQuery(
      """
      SELECT * FROM public_incidents
       WHERE id IN (SELECT incident_id FROM incident_actors WHERE actor_id = :actorId)
       ORDER BY occurred_on DESC, id DESC
      """)
  List<IncidentItem> listForActor(@Bind("actorId") long actorId);

  /** The incidents alleged to violate the given agreement. */
  @SqlQuery("SELECT * FROM public_incidents WHERE violates_id = :id ORDER BY occurred_on, id")
  List<IncidentItem> listViolationsOf(@Bind("id") long agreementId);

  /** The newest few incidents of every published story, for the home page. */
  @SqlQuery(
      """
      SELECT * FROM (
        SELECT p.*, ROW_NUMBER() OVER (PARTITION BY p.story_id
                                       ORDER BY p.occurred_on DESC, p.id DESC) AS rank_in_story
          FROM public_incidents p) ranked
       WHERE rank_in_story <= :perStory
       ORDER BY story_id, occurred_on DESC, id DESC
      """)
  List<IncidentItem> listLatestPerStory(@Bind("perStory") int perStory);

  @SqlQuery(
      """
      SELECT type, COUNT(*) AS count FROM public_incidents WHERE story_id = :storyId
       GROUP BY type ORDER BY COUNT(*) DESC, type
      """)
  List<TypeCount> countByType(@Bind("storyId") long storyId);

  @SqlQuery("SELECT * FROM public_involvements WHERE story_id = :storyId ORDER BY actor_name, role")
  List<Involvement> involvementsInStory(@Bind("storyId") long storyId);

  @SqlQuery("SELECT * FROM public_involvements WHERE incident_id = :id ORDER BY role, actor_name")
  List<Involvement> involvementsInIncident(@Bind("id") long incidentId);

  @SqlQuery("SELECT * FROM public_involvements WHERE actor_id = :actorId ORDER BY incident_id")
  List<Involvement> involvementsOfActor(@Bind("actorId") long actorId);

  @SqlUpdate(
      """
      INSERT INTO incidents (story_id, slug, title, type, occurred_on, precision, place_id,
                             summary, verification, ends_on, violates_id, created_at,
                             updated_at)
      VALUES (:storyId, :slug, :title, :type, :occurredOn, :precision, :placeId, :summary,
              :verification, :endsOn, :violatesId, :now, :now)
      """)
  @GetGeneratedKeys("id")
  long insert(@BindMethods IncidentValues values, @Bind("now") Instant now);

  @SqlQuery(
      """
      SELECT * FROM incidents
       WHERE (archived_at IS NOT NULL) = :archived
         AND (:pattern = '%%' OR LOWER(title) LIKE :pattern ESCAPE '!' OR slug LIKE :pattern ESCAPE '!')
       ORDER BY updated_at DESC, id DESC LIMIT 200
      """)
  List<Incident> listForAdmin(@Bind("pattern") String pattern, @Bind("archived") boolean archived);

  /** Incidents, other than the given one, on the same day at the same place of the same type. */
  @SqlQuery(
      """
      SELECT * FROM incidents
       WHERE occurred_on = :occurredOn AND place_id = :placeId AND type = :type
         AND archived_at IS NULL AND id <> :exceptId
       ORDER BY id
      """)
  List<Incident> listLikelyDuplicates(
      @Bind("occurredOn") LocalDate occurredOn,
      @Bind("placeId") long placeId,
      @Bind("type") IncidentType type,
      @Bind("exceptId") long exceptId);

  @SqlUpdate(
      """
      UPDATE incidents SET story_id = :storyId, slug = :slug, title = :title, type = :type,
             occurred_on = :occurredOn, precision = :precision, place_id = :placeId,
             summary = :summary, verification = :verification, ends_on = :endsOn,
             violates_id = :violatesId, updated_at = :now, version = version + 1
       WHERE id = :id AND version = :version
      """)
  boolean update(
      @Bind("id") long id,
      @Bind("version") int version,
      @BindMethods IncidentValues values,
      @Bind("now") Instant now);

  @SqlUpdate("DELETE FROM incident_actors WHERE incident_id = :id")
  void removeActors(@Bind("id") long incidentId);

  @SqlUpdate(
      """
      INSERT INTO incident_actors (incident_id, actor_id, role)
      VALUES (:incidentId, :actorId, :role)
      """)
  void addActor(
      @Bind("incidentId") long incidentId,
      @Bind("actorId") long actorId,
      @Bind("role") ActorRole role);
}
