package storyline.revision;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Reads and writes the history of every entry. */
@RegisterConstructorMapper(Revision.class)
public interface RevisionDao {

  @SqlUpdate(
      """
      INSERT INTO revisions (entity_type, entity_id, version, editor_id, at, action, kind,
                             headline, story_id, snapshot, note)
      VALUES (:entityType, :entityId, :version, :editorId, :at, :action, :kind, :headline,
              :storyId, :snapshot, :note)
      """)
  @GetGeneratedKeys("id")
  long insert(@BindMethods Revision revision);

  @SqlQuery(
      """
      SELECT * FROM revisions WHERE entity_type = :type AND entity_id = :id
       ORDER BY version DESC
      """)
  List<Revision> listForEntity(@Bind("type") EntityType type, @Bind("id") long id);
}
