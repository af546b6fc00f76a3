package storyline.source;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import storyline.incident.StoryNewest;

/** Reads and writes sources and the links from incidents, claims and quotes to them. */
public interface SourceDao {

  @SqlQuery("SELECT * FROM sources WHERE id = :id")
  Optional<Source> findById(@Bind("id") long id);

  @SqlQuery(
      """
      SELECT s.* FROM sources s JOIN incident_sources x ON x.source_id = s.id
       WHERE x.incident_id = :incidentId AND s.archived_at IS NULL
       ORDER BY s.published_on NULLS FIRST, s.title, s.id
      """)
  List<Source> listForIncident(@Bind("incidentId") long incidentId);

  /**
   * The sources that the story's newest {@code limit} public incidents, their claims and the
   * story's quotes cite. Finding the sources of all of a story's incidents read every one of them
   * and their claims: 170 ms on PostgreSQL for a story of 20,000. The claims are looked up by an
   * array of the newest ids, which PostgreSQL reads through the claims' index (4 ms); asked with
   * {@code IN} or a join, it read every claim (20 ms).
   */
  @SqlQuery(
      """
      SELECT s.* FROM sources s
       WHERE s.archived_at IS NULL AND s.id IN (
         SELECT x.source_id FROM incident_sources x WHERE x.incident_id IN (
      """
          + StoryNewest.IDS
          + """
         )
         UNION
         SELECT x.source_id FROM claims c JOIN claim_sources x ON x.claim_id = c.id
          WHERE c.archived_at IS NULL AND c.incident_id = ANY (ARRAY(
      """
          + StoryNewest.IDS
          + """
         ))
         UNION
         SELECT x.source_id FROM quote_sources x JOIN quotes q ON q.id = x.quote_id
          WHERE q.story_id = :storyId AND q.archived_at IS NULL)
       ORDER BY s.published_on NULLS FIRST, s.title, s.id
       LIMIT 200
      """)
  List<Source> listForStory(@Bind("storyId") long storyId, @Bind("limit") int limit);

  @SqlQuery(
      """
      SELECT x.claim_id AS citing_id, s.id AS source_id, s.title, s.kind
        FROM claim_sources x JOIN sources s ON s.id = x.source_id
        JOIN claims c ON c.id = x.claim_id
       WHERE c.incident_id = :incidentId AND s.archived_at IS NULL
       ORDER BY s.title, s.id
      """)
  List<Citation> claimCitationsForIncident(@Bind("incidentId") long incidentId);

  /** The sources with these ids; none for none. */
  @SqlQuery("SELECT * FROM sources WHERE id IN (<ids>)")
  List<Source> listByIds(
      @BindList(value = "ids", onEmpty = BindList.EmptyHandling.NULL_STRING) List<Long> ids);

  @SqlQuery("SELECT * FROM sources WHERE archived_at IS NULL ORDER BY title, id")
  List<Source> listCurrent();

  @SqlUpdate("DELETE FROM incident_sources WHERE incident_id = :id")
  void uncitedByIncident(@Bind("id") long incidentId);

  @SqlUpdate("DELETE FROM claim_sources WHERE claim_id = :id")
  void uncitedByClaim(@Bind("id") long claimId);

  @SqlUpdate("DELETE FROM quote_sources WHERE quote_id = :id")
  void uncitedByQuote(@Bind("id") long quoteId);

  @SqlQuery("SELECT source_id FROM incident_sources WHERE incident_id = :id ORDER BY source_id")
  List<Long> idsCitedByIncident(@Bind("id") long incidentId);

  @SqlQuery("SELECT source_id FROM claim_sources WHERE claim_id = :id ORDER BY source_id")
  List<Long> idsCitedByClaim(@Bind("id") long claimId);

  @SqlQuery("SELECT source_id FROM quote_sources WHERE quote_id = :id ORDER BY source_id")
  List<Long> idsCitedByQuote(@Bind("id") long quoteId);

  @SqlQuery(
      """
      SELECT x.claim_id AS citing_id, s.id AS source_id, s.title, s.kind
        FROM claim_sources x JOIN sources s ON s.id = x.source_id
        JOIN claims c ON c.id = x.claim_id
       WHERE c.incident_id IN (<ids>) AND s.archived_at IS NULL
       ORDER BY s.title, s.id
      """)
  List<Citation> claimCitationsForIncidents(@BindList("ids") List<Long> incidentIds);

  @SqlUpdate("INSERT INTO incident_sources (incident_id, source_id) VALUES (:ownerId, :sourceId)")
  void citeFromIncident(@Bind("ownerId") long incidentId, @Bind("sourceId") long sourceId);

  @SqlUpdate("INSERT INTO claim_sources (claim_id, source_id) VALUES (:ownerId, :sourceId)")
  void citeFromClaim(@Bind("ownerId") long claimId, @Bind("sourceId") long sourceId);

  @SqlUpdate("INSERT INTO quote_sources (quote_id, source_id) VALUES (:ownerId, :sourceId)")
  void citeFromQuote(@Bind("ownerId") long quoteId, @Bind("sourceId") long sourceId);
}
