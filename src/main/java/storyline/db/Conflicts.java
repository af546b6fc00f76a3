package storyline.db;

import java.sql.SQLException;
import java.util.Set;
import org.jdbi.v3.core.HandleConsumer;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * Runs a save as one transaction, and runs it again when it lost a race with another save: two
 * editors creating entries of the same title at once both see the slug free, and the second insert
 * breaks the unique index. Run again, the second save sees the first and takes the next slug, or
 * shows the editor why it cannot.
 */
public final class Conflicts {
  /** Unique violation, serialization failure, deadlock (SQL standard and PostgreSQL); H2's lock. */
  private static final Set<String> RETRIED = Set.of("23505", "40001", "40P01", "HYT00");

  /** H2's code for two transactions changing the same row at once. */
  private static final int H2_CONCURRENT_UPDATE = 90131;

  /** Enough for a handful of editors saving the same title in the same instant. */
  static final int ATTEMPTS = 8;

  private Conflicts() {}

  public static <X extends Exception> void transaction(Jdbi jdbi, HandleConsumer<X> work) throws X {
    for (int attempt = 1; ; attempt++) {
      try {
        jdbi.useTransaction(work);
        return;
      } catch (JdbiException e) {
        if (attempt >= ATTEMPTS || !isConflict(e)) {
          throw e;
        }
        pause(attempt);
      }
    }
  }

  /** A short, random wait, longer after each loss, so that the racers stop meeting. */
  private static void pause(int attempt) {
    try {
      Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(1, 10L * attempt));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Whether the failure is one that running the same transaction again may not meet. */
  public static boolean isConflict(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql
          && (RETRIED.contains(sql.getSQLState()) || sql.getErrorCode() == H2_CONCURRENT_UPDATE)) {
        return true;
      }
    }
    return false;
  }
}
