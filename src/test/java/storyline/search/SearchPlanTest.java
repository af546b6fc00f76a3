package storyline.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import storyline.db.Database;
import storyline.support.TestApp;

/**
 * Each database searches over its own index: on PostgreSQL the entries' tsvectors, kept by saves
 * and read through a GIN index; on H2 the search_terms table, read through its index in order.
 */
class SearchPlanTest {
  @RegisterExtension static final TestApp APP = TestApp.shared();

  @Test
  void textSearchReadsAnIndex() {
    String plan =
        APP.jdbi()
            .withHandle(
                h -> {
                  if (Database.Vendor.of(h) == Database.Vendor.POSTGRESQL) {
                    assertTrue(
                        h.createQuery("SELECT COUNT(*) FROM incidents WHERE search_vector IS NULL")
                                .mapTo(Long.class)
                                .one()
                            == 0,
                        "every incident has its vector");
                    // The seed is small enough to read whole; forbid that, for this transaction
                    // only, to see the index.
                    return h.inTransaction(
                        t -> {
                          t.execute("SET LOCAL enable_seqscan = off");
                          return String.join(
                              "\n",
                              t.createQuery(
                                      "EXPLAIN SELECT id FROM incidents"
                                          + " WHERE search_vector @@"
                                          + " websearch_to_tsquery('storyline', :q)")
                                  .bind("q", SearchText.parse("energy").websearch())
                                  .mapTo(String.class)
                                  .list());
                        });
                  }
                  return String.join(
                      "\n",
                      h.createQuery(
                              "EXPLAIN SELECT entity_id FROM search_terms WHERE term = 'energy'"
                                  + " AND entity_type = 'incident' ORDER BY term, entity_type,"
                                  + " weight DESC, entity_id DESC LIMIT 10")
                          .mapTo(String.class)
                          .list());
                });
    assertTrue(
        plan.contains("incidents_search_idx") || plan.contains("SEARCH_TERMS_TERM_IDX"), plan);
  }
}
