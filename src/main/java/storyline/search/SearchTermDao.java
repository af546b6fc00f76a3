package storyline.search;

import java.util.List;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import storyline.revision.EntityType;

/** Writes the search index's postings. */
interface SearchTermDao {

  @SqlUpdate("DELETE FROM search_terms WHERE entity_type = :type AND entity_id = :id")
  void deleteFor(@Bind("type") EntityType type, @Bind("id") long id);

  @SqlBatch(
      """
      INSERT INTO search_terms (term, entity_type, entity_id, weight)
      VALUES (:term, :type, :id, :weight)
      """)
  void insert(
      @Bind("term") List<String> terms,
      @Bind("weight") List<Integer> weights,
      @Bind("type") EntityType type,
      @Bind("id") long id);
}
