package storyline.revision;

/**
 * The public change log as SQL, for the change logs of stories and incidents and for the feeds: the
 * revisions of stories and of what they hold, from each story's publication on (what editors did to
 * a draft is folded into the entry that published it), and what happened to an incident from its
 * own publication on (a draft incident's saves are folded into the save that published it). An
 * entry names its incident only while readers can see that incident.
 *
 * <p>It is written into each query rather than kept as a view, so that each query's condition,
 * order and limit reach the revisions' indexes: H2 evaluates a view whole before it sorts. The
 * story is joined on the left and the entity type compared through {@code COALESCE} so that H2
 * leads with the revisions and the index the query names (time, story, incident or place) instead
 * of reading every revision of these types; a query adds its conditions with {@code AND}.
 */
public final class PublicChanges {
  /** The entries' columns and tables; a query may add joins after it, before {@link #WHERE}. */
  public static final String FROM =
      """
      SELECT r.id, r.entity_type, r.entity_id, r.story_id, r.version, r.at, r.action, r.kind,
             r.headline, r.note,
             CASE WHEN si.id IS NOT NULL THEN i.id END AS incident_id,
             CASE WHEN si.id IS NOT NULL THEN i.slug END AS incident_slug,
             s.slug AS story_slug, s.title AS story_title
        FROM revisions r
        LEFT JOIN stories s ON s.id = r.story_id
        LEFT JOIN incidents i
          ON i.id = r.incident_id AND i.archived_at IS NULL AND i.published_at IS NOT NULL
        LEFT JOIN incidents d ON d.id = r.incident_id
        LEFT JOIN stories si
          ON si.id = i.story_id AND si.status = 'published' AND si.archived_at IS NULL
      """;

  /** The condition every public entry meets. */
  public static final String WHERE =
      """
       WHERE COALESCE(r.entity_type, '') IN ('story', 'incident', 'claim', 'quote')
         AND s.published_at IS NOT NULL AND r.at >= s.published_at
         AND (r.incident_id IS NULL OR r.at >= d.published_at)
      """;

  private PublicChanges() {}
}
