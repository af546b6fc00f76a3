package storyline.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import storyline.db.Database;
import storyline.revision.EntityType;

/**
 * Keeps the search index in step with what it indexes: an entry's postings are rewritten from its
 * row whenever it is saved. Archived entries keep theirs; searches read only public entries. On H2
 * the index is the search_terms table; on PostgreSQL, each entry's tsvector ({@link
 * SearchVectors}).
 */
public final class SearchIndex {
  private static final String INCIDENT_TEXT =
      """
      SELECT i.id, i.title, i.summary, p.name AS place_name
        FROM incidents i LEFT JOIN places p ON p.id = i.place_id
       WHERE <which>
      """;

  private static final String INSERT =
      """
      INSERT INTO search_terms (term, entity_type, entity_id, weight)
      VALUES (:term, :type, :id, :weight)
      """;

  /** Rewrites the postings of one entry; kinds that search does not cover are left alone. */
  public void index(Handle handle, EntityType type, long id) {
    if (Database.Vendor.of(handle) == Database.Vendor.POSTGRESQL) {
      SearchVectors.index(handle, type, id);
      return;
    }
    switch (type) {
      case STORY ->
          handle
              .createQuery("SELECT title, summary, body FROM stories WHERE id = :id")
              .bind("id", id)
              .map((rs, ctx) -> Terms.of(rs.getString(1), rs.getString(2), rs.getString(3)))
              .findOne()
              .ifPresent(terms -> write(handle, type, id, terms));
      case ACTOR ->
          handle
              .createQuery("SELECT name, role, description FROM actors WHERE id = :id")
              .bind("id", id)
              .map((rs, ctx) -> Terms.of(rs.getString(1), rs.getString(2), rs.getString(3)))
              .findOne()
              .ifPresent(terms -> write(handle, type, id, terms));
      case PLACE -> {
        place(handle, id);
        incidents(handle, "i.place_id = :id", id);
      }
      case INCIDENT -> incidents(handle, "i.id = :id", id);
      default -> {}
    }
  }

  /** Rebuilds the postings of every story, actor and place, and of every incident. */
  public void rebuild(Handle handle) {
    if (Database.Vendor.of(handle) == Database.Vendor.POSTGRESQL) {
      SearchVectors.rebuild(handle);
      return;
    }
    handle.execute("DELETE FROM search_terms");
    for (EntityType type : List.of(EntityType.STORY, EntityType.ACTOR, EntityType.PLACE)) {
      for (long id :
          handle
              .createQuery("SELECT id FROM <table>")
              .define("table", type.table())
              .mapTo(Long.class)
              .list()) {
        if (type == EntityType.PLACE) {
          place(handle, id);
        } else {
          index(handle, type, id);
        }
      }
    }
    incidentsInBulk(handle, "i.id > :id", 0);
  }

  /** Rewrites the postings of a story and all its incidents: after bulk loads. */
  public void indexStory(Handle handle, long storyId) {
    if (Database.Vendor.of(handle) == Database.Vendor.POSTGRESQL) {
      SearchVectors.indexStory(handle, storyId);
      return;
    }
    index(handle, EntityType.STORY, storyId);
    // One delete per incident, each a range of the primary key: H2 answers the same delete
    // written with IN (SELECT ...) by comparing every posting in the table against the list.
    PreparedBatch delete =
        handle.prepareBatch(
            "DELETE FROM search_terms WHERE entity_type = 'incident' AND entity_id = :id");
    handle
        .createQuery("SELECT id FROM incidents WHERE story_id = :id")
        .bind("id", storyId)
        .mapTo(Long.class)
        .forEach(id -> delete.bind("id", id).add());
    if (delete.size() > 0) {
      delete.execute();
    }
    incidentsInBulk(handle, "i.story_id = :id", storyId);
  }

  private static void incidentsInBulk(Handle handle, String which, long id) {
    PreparedBatch batch = handle.prepareBatch(INSERT);
    handle
        .createQuery(INCIDENT_TEXT)
        .define("which", which)
        .bind("id", id)
        .map(
            (rs, ctx) ->
                Map.entry(
                    rs.getLong(1), Terms.of(rs.getString(2), rs.getString(3), rs.getString(4))))
        .forEach(
            row -> {
              row.getValue()
                  .forEach(
                      (term, weight) ->
                          batch
                              .bind("term", term)
                              .bind("type", EntityType.INCIDENT)
                              .bind("id", row.getKey())
                              .bind("weight", weight)
                              .add());
              if (batch.size() >= 5_000) {
                batch.execute();
              }
            });
    if (batch.size() > 0) {
      batch.execute();
    }
  }

  private static void place(Handle handle, long id) {
    handle
        .createQuery("SELECT name, country FROM places WHERE id = :id")
        .bind("id", id)
        .map((rs, ctx) -> Terms.of(rs.getString(1), rs.getString(2)))
        .findOne()
        .ifPresent(terms -> write(handle, EntityType.PLACE, id, terms));
  }

  private static void incidents(Handle handle, String which, long id) {
    List<Map.Entry<Long, Map<String, Integer>>> rows =
        handle
            .createQuery(INCIDENT_TEXT)
            .define("which", which)
            .bind("id", id)
            .map(
                (rs, ctx) ->
                    Map.entry(
                        rs.getLong(1), Terms.of(rs.getString(2), rs.getString(3), rs.getString(4))))
            .list();
    rows.forEach(row -> write(handle, EntityType.INCIDENT, row.getKey(), row.getValue()));
  }

  private static void write(Handle handle, EntityType type, long id, Map<String, Integer> terms) {
    SearchTermDao dao = handle.attach(SearchTermDao.class);
    dao.deleteFor(type, id);
    if (!terms.isEmpty()) {
      dao.insert(new ArrayList<>(terms.keySet()), new ArrayList<>(terms.values()), type, id);
    }
  }
}
