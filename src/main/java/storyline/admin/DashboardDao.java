package storyline.admin;

import java.util.List;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** What the dashboard reads. */
public interface DashboardDao {

  @SqlQuery(
      """
      SELECT r.id, r.entity_type, r.entity_id, r.version, r.at, r.kind, r.headline, r.note,
             COALESCE(e.display_name, 'Seed import') AS editor_name,
             c.incident_id AS claim_incident_id
        FROM revisions r
        LEFT JOIN editors e ON e.id = r.editor_id
        LEFT JOIN claims c ON r.entity_type = 'claim' AND c.id = r.entity_id
       WHERE :accounts OR r.entity_type <> 'editor'
       ORDER BY r.at DESC, r.id DESC
       LIMIT :limit
      """)
  List<RecentChange> recent(@Bind("limit") int limit, @Bind("accounts") boolean accounts);
}
