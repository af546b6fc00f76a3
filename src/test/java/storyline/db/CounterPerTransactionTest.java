package storyline.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import storyline.support.TestDatabases;

/**
 * A transaction of many writes moves the change counter, so caches see it; on PostgreSQL it moves
 * it once, since every further update of the counter's row would leave a version that the rest of a
 * long transaction (the seed, a generated site, a copy) steps over.
 */
class CounterPerTransactionTest {

  @Test
  void aTransactionOfManyWritesMovesTheCounterAndOnPostgresqlOnce() {
    TestDatabases.Fresh fresh = TestDatabases.fresh();
    try (Database db = Database.open(fresh.url(), fresh.user(), fresh.password())) {
      Jdbi jdbi = db.jdbi();
      long before = counter(jdbi);
      jdbi.useTransaction(
          h -> {
            // Statement triggers fire whether or not a row matches.
            for (int i = 0; i < 20; i++) {
              h.execute("UPDATE stories SET updated_at = CURRENT_TIMESTAMP WHERE id = -1");
              h.execute("UPDATE actors SET updated_at = CURRENT_TIMESTAMP WHERE id = -1");
            }
          });
      long moved = counter(jdbi) - before;
      assertTrue(moved >= 1, "the counter moved");
      if (db.vendor() == Database.Vendor.POSTGRESQL) {
        assertEquals(1, moved, "once for the whole transaction");
      }
      long again = counter(jdbi);
      jdbi.useHandle(
          h -> h.execute("UPDATE stories SET updated_at = CURRENT_TIMESTAMP WHERE id = -1"));
      assertTrue(counter(jdbi) > again, "the next transaction moves it again");
    }
  }

  private static long counter(Jdbi jdbi) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT changes FROM change_counter WHERE id = 1")
                .mapTo(Long.class)
                .one());
  }
}
