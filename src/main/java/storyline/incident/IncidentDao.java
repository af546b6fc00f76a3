package storyline.incident;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.KeyColumn;
import org.jdbi.v3.sqlobject.config.ValueColumn;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Reads and writes incidents and who took part in them. */
public interface IncidentDao {
  /** {@link StoryNewest#IDS}, for the queries below. */
  String NEWEST_OF_STORY = StoryNewest.IDS;

  /** A choice of the list's filter form: what goes in the URL, and what the reader sees. */
  record Option(String slug, String label) {}

  /**
   * The places of a public story's newest {@code limit} incidents, by name: asked of all 20,000 of
   * a story's incidents, the list filtered by story cost three times what it did at 1,000.
   */
  @SqlQuery(
      """
      SELECT p.slug, p.name AS label FROM places p
       WHERE p.archived_at IS NULL AND p.id IN ("""
          + StoryNewest.PLACES
          + """
      )
       ORDER BY p.name, p.id
      """)
  List<Option> placesOfStory(@Bind("storyId") long storyId, @Bind("limit") int limit);

  /** The places among these, by name: those of the newest incidents, say. */
  @SqlQuery(
      """
      SELECT p.slug, p.name AS label FROM places p
       WHERE p.archived_at IS NULL AND p.id IN (<ids>)
       ORDER BY p.name, p.id
      """)
  List<Option> placesAmong(@BindList("ids") List<Long> placeIds);

  /** The actors of a public story's newest {@code limit} incidents, by name. */
  @SqlQuery(
      """
      SELECT a.slug, a.name AS label FROM actors a
       WHERE a.archived_at IS NULL AND a.id IN (
         SELECT ia.actor_id FROM incident_actors ia WHERE ia.incident_id IN ("""
          + NEWEST_OF_STORY
          + """
      ))
       ORDER BY a.name, a.id
      """)
  List<Option> actorsOfStory(@Bind("storyId") long storyId, @Bind("limit") int limit);

  /** The actors of these incidents, by name: the newest ones, say. */
  @SqlQuery(
      """
      SELECT a.slug, a.name AS label FROM actors a
       WHERE a.archived_at IS NULL AND a.id IN (
         SELECT ia.actor_id FROM incident_actors ia WHERE ia.incident_id IN (<ids>))
       ORDER BY a.name, a.id
      """)
  List<Option> actorsOfIncidents(@BindList("ids") List<Long> incidentIds);

  @SqlQuery(
      "SELECT actor_id, role FROM incident_actors WHERE incident_id = :id ORDER BY role, actor_id")
  List<ActorPart> actorParts(@Bind("id") long incidentId);

  @SqlQuery("SELECT * FROM incidents WHERE id = :id")
  Optional<Incident> findById(@Bind("id") long id);

  /** Every incident that is not archived, drafts' included: what the admin's selects offer. */
  @SqlQuery(
      "SELECT * FROM incidents WHERE archived_at IS NULL"
          + " ORDER BY occurred_on DESC, occurred_minute DESC, id DESC")
  List<Incident> listCurrent();

  /**
   * The newest agreements that are not archived, drafts' included: what an incident can be said to
   * violate. At most {@code limit}: at 100,000 incidents there were 5,500, and the menu listing
   * them all made the incident form half a megabyte.
   */
  @SqlQuery(
      """
      SELECT * FROM incidents WHERE archived_at IS NULL AND type = 'agreement'
       ORDER BY occurred_on DESC, occurred_minute DESC, id DESC LIMIT :limit
      """)
  List<Incident> listCurrentAgreements(@Bind("limit") int limit);

  /** The same, of one story. */
  @SqlQuery(
      """
      SELECT * FROM incidents
       WHERE story_id = :storyId AND archived_at IS NULL AND type = 'agreement'
       ORDER BY story_id DESC, occurred_on DESC, occurred_minute DESC, id DESC LIMIT :limit
      """)
  List<Incident> listAgreementsOfStory(@Bind("storyId") long storyId, @Bind("limit") int limit);

  @SqlQuery("SELECT * FROM public_incidents WHERE slug = :slug")
  Optional<IncidentItem> findPublic(@Bind("slug") String slug);

  @SqlQuery("SELECT * FROM public_incidents WHERE id = :id")
  Optional<IncidentItem> findPublicById(@Bind("id") long id);

  /** The incidents alleged to violate the given agreement. */
  @SqlQuery(
      """
      SELECT * FROM public_incidents WHERE violates_id = :id
       ORDER BY occurred_on, occurred_minute, id
       LIMIT 100
      """)
  List<IncidentItem> listViolationsOf(@Bind("id") long agreementId);

  /**
   * Who took part in a public story's newest {@code limit} incidents, in which role, in how many of
   * them. Counted over the involvements of those incidents alone, then named: counted through the
   * public views over all of a story's 20,000 incidents, it took a second after every save.
   */
  @SqlQuery(
      """
      SELECT a.id AS actor_id, a.slug AS actor_slug, a.name AS actor_name, a.kind AS actor_kind,
             a.role AS actor_position, c.role, c.incidents
        FROM (SELECT ia.actor_id, ia.role, COUNT(*) AS incidents
                FROM incident_actors ia JOIN ("""
          + NEWEST_OF_STORY
          + """
               ) i ON i.id = ia.incident_id
               GROUP BY ia.actor_id, ia.role) c
        JOIN actors a ON a.id = c.actor_id AND a.archived_at IS NULL
      """)
  List<Cast.RoleRow> castOfStory(@Bind("storyId") long storyId, @Bind("limit") int limit);

  /** In how many of a public story's newest {@code limit} incidents each actor took part. */
  @SqlQuery(
      """
      SELECT ia.actor_id, COUNT(DISTINCT ia.incident_id) AS incidents
        FROM incident_actors ia JOIN ("""
          + NEWEST_OF_STORY
          + """
       ) i ON i.id = ia.incident_id
       GROUP BY ia.actor_id
      """)
  @KeyColumn("actor_id")
  @ValueColumn("incidents")
  Map<Long, Integer> incidentsPerActorInStory(
      @Bind("storyId") long storyId, @Bind("limit") int limit);

  /** Who took part in an incident, each named by the position held on its day. */
  @SqlQuery("SELECT * FROM public_cast WHERE incident_id = :id ORDER BY role, actor_name")
  List<Involvement> involvementsInIncident(@Bind("id") long incidentId);

  @SqlQuery(
      """
      SELECT * FROM public_involvements WHERE actor_id = :actorId AND incident_id IN (<ids>)
       ORDER BY incident_id
      """)
  List<Involvement> involvementsOfActor(
      @Bind("actorId") long actorId, @BindList("ids") List<Long> incidentIds);

  @SqlUpdate(
      """
      INSERT INTO incidents (story_id, slug, title, type, occurred_on, precision, place_id,
                             summary, verification, ends_on, violates_id, created_at,
                             updated_at, published_at, occurred_minute, time_zone)
      VALUES (:storyId, :slug, :title, :type, :occurredOn, :precision, :placeId, :summary,
              :verification, :endsOn, :violatesId, :now, :now, :now, :occurredMinute,
              :timeZone)
      """)
  @GetGeneratedKeys("id")
  long insert(@BindMethods IncidentValues values, @Bind("now") Instant now);

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
      @Bind("type") String type,
      @Bind("exceptId") long exceptId);

  @SqlUpdate(
      """
      UPDATE incidents SET story_id = :storyId, slug = :slug, title = :title, type = :type,
             occurred_on = :occurredOn, precision = :precision, place_id = :placeId,
             summary = :summary, verification = :verification, ends_on = :endsOn,
             violates_id = :violatesId, occurred_minute = :occurredMinute,
             time_zone = :timeZone, updated_at = :now, version = version + 1
       WHERE id = :id AND version = :version
      """)
  boolean update(
      @Bind("id") long id,
      @Bind("version") int version,
      @BindMethods IncidentValues values,
      @Bind("now") Instant now);

  /**
   * Sets whether incidents are contested: their verification says a party contradicts them, or two
   * different actors' current claims disagree (one denies, or each blames).
   */
  String SET_CONTESTED =
      """
      UPDATE incidents SET contested = (verification = 'disputed' OR EXISTS (
          SELECT 1 FROM claims a JOIN claims b
            ON b.incident_id = a.incident_id AND b.actor_id <> a.actor_id
           AND b.archived_at IS NULL
         WHERE a.incident_id = incidents.id AND a.archived_at IS NULL
           AND (a.stance = 'denies' OR (a.stance = 'blames' AND b.stance = 'blames'))))
      """;

  /** Works out again whether the incident is contested: after its claims or status change. */
  @SqlUpdate(SET_CONTESTED + " WHERE id = :id")
  void recomputeContested(@Bind("id") long id);

  /** Works out again whether each incident of a story is contested: after bulk loads. */
  @SqlUpdate(SET_CONTESTED + " WHERE story_id = :storyId")
  void recomputeContestedOfStory(@Bind("storyId") long storyId);

  @SqlUpdate(
      """
      UPDATE incidents SET archived_at = :now, updated_at = :now, version = version + 1
       WHERE id = :id
      """)
  void archive(@Bind("id") long id, @Bind("now") Instant now);

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
