package storyline.db;

import org.jdbi.v3.core.Handle;

/**
 * Makes what instances do once at start-up (load the seed, create the first admin) happen once when
 * several start at the same moment on one database: a transaction takes the lock, then checks
 * whether the work is still to do. The lock is the change counter's row, which every database has
 * and which both H2 and PostgreSQL lock with {@code SELECT ... FOR UPDATE} until the transaction
 * ends; a second instance waits for the first to commit, and then finds the work done.
 */
public final class StartupLock {
  private StartupLock() {}

  /** Holds the lock until the handle's transaction ends. */
  public static void take(Handle handle) {
    handle
        .createQuery("SELECT changes FROM change_counter WHERE id = 1 FOR UPDATE")
        .mapTo(Long.class)
        .list();
  }
}
