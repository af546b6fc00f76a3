package storyline.feed;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import storyline.incident.ClaimItem;
import storyline.incident.IncidentItem;
import storyline.incident.Involvement;
import storyline.quote.QuoteItem;
import storyline.revision.PublicChanges;
import storyline.story.Story;

/**
 * Reads what feeds carry: the newest public changes in a scope, and the incidents, claims and
 * quotes they concern. Plain updates (a typo fixed) stay in the change log and out of feeds;
 * additions, corrections, status changes, withdrawals and restorations go out.
 */
public final class FeedQuery {
  static final int ENTRIES = 50;
  private static final String ENTRIES_SQL =
      PublicChanges.FROM
          + """
          <join>
        """
          + PublicChanges.WHERE
          + """
           AND s.status = 'published' AND s.archived_at IS NULL AND r.kind <> 'update'
           AND <scope>
         ORDER BY <lead>r.at DESC, r.id DESC
         LIMIT :limit
        """;

  private final Jdbi jdbi;

  public FeedQuery(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** The newest entries of the scope, newest first, with what they concern. */
  public Feed read(FeedScope scope) {
    return jdbi.withHandle(
        h -> {
          var query =
              h.createQuery(ENTRIES_SQL)
                  .define("join", scope.join())
                  .define("scope", scope.condition())
                  .define("lead", scope.lead())
                  .bind("limit", ENTRIES);
          scope.values().forEach(query::bind);
          List<FeedEntry> entries = query.mapTo(FeedEntry.class).list();
          List<Long> incidentIds =
              entries.stream()
                  .map(FeedEntry::incidentId)
                  .filter(id -> id != null)
                  .distinct()
                  .toList();
          return new Feed(
              entries,
              byId(
                  h,
                  "SELECT * FROM public_incidents WHERE id IN (<ids>)",
                  incidentIds,
                  IncidentItem.class,
                  IncidentItem::id),
              involvements(h, incidentIds),
              byId(
                  h,
                  "SELECT * FROM public_claims WHERE id IN (<ids>)",
                  ids(entries, "claim"),
                  ClaimItem.class,
                  ClaimItem::id),
              byId(
                  h,
                  "SELECT * FROM public_quotes WHERE id IN (<ids>)",
                  ids(entries, "quote"),
                  QuoteItem.class,
                  QuoteItem::id),
              byId(
                  h,
                  "SELECT * FROM stories WHERE id IN (<ids>)",
                  ids(entries, "story"),
                  Story.class,
                  Story::id));
        });
  }

  /** A feed's entries and everything they concern, by id. */
  public record Feed(
      List<FeedEntry> entries,
      Map<Long, IncidentItem> incidents,
      Map<Long, List<Involvement>> involvements,
      Map<Long, ClaimItem> claims,
      Map<Long, QuoteItem> quotes,
      Map<Long, Story> stories) {

    /** When the newest entry was made, or the epoch for an empty feed. */
    public Instant updated() {
      return entries.isEmpty() ? Instant.EPOCH : entries.get(0).at();
    }
  }

  private static List<Long> ids(List<FeedEntry> entries, String type) {
    return entries.stream()
        .filter(e -> e.entityType().code().equals(type))
        .map(FeedEntry::entityId)
        .distinct()
        .toList();
  }

  private static <T> Map<Long, T> byId(
      Handle h, String sql, List<Long> ids, Class<T> type, Function<T, Long> id) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return h.createQuery(sql).bindList("ids", ids).mapTo(type).list().stream()
        .collect(Collectors.toMap(id, Function.identity()));
  }

  private static Map<Long, List<Involvement>> involvements(Handle h, List<Long> incidentIds) {
    if (incidentIds.isEmpty()) {
      return Map.of();
    }
    return h
        .createQuery(
            "SELECT * FROM public_involvements WHERE incident_id IN (<ids>) ORDER BY role, actor_name")
        .bindList("ids", incidentIds)
        .mapTo(Involvement.class)
        .list()
        .stream()
        .collect(Collectors.groupingBy(Involvement::incidentId));
  }
}
