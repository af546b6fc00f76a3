package storyline.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;

/**
 * Reads the database's change counter, which every committed write to what readers see moves (a
 * trigger does it, in the writing transaction). Every request asks for it, so reads are shared: a
 * request is answered by the first read that <em>started after it arrived</em>, which sees every
 * save acknowledged before it arrived, and while one read is under way the requests arriving
 * meanwhile wait for the next one instead of each making its own. Under a spike of readers that is
 * one read for many requests; a lone request costs one read, as before. Reads go through one
 * connection and one prepared statement kept for the purpose (opened again if the database drops
 * it).
 */
public final class ChangeCounter {
  private static final String READ = "SELECT changes FROM change_counter WHERE id = 1";

  private final Source source;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition readDone = lock.newCondition();

  /** Numbers of the last read started and the last read finished, and what it read. */
  private long started;

  private long finished;
  private long value;
  private volatile long latest = -1;
  private boolean reading;
  private long reads;

  /** Where the value is read from: the database, or a stand-in in tests. */
  interface Source {
    long read();

    void close();
  }

  ChangeCounter(DataSource dataSource) {
    this(new Kept(dataSource));
  }

  ChangeCounter(Source source) {
    this.source = source;
  }

  /** The counter's committed value, read after this call began. */
  public long current() {
    lock.lock();
    try {
      long needed = started + 1;
      while (finished < needed) {
        if (reading) {
          readDone.awaitUninterruptibly();
          continue;
        }
        reading = true;
        long number = ++started;
        long read = 0;
        boolean ok = false;
        lock.unlock();
        try {
          read = readNow();
          ok = true;
        } finally {
          lock.lock();
          reading = false;
          if (ok) {
            value = read;
            latest = read;
            finished = number;
          }
          readDone.signalAll();
        }
      }
      return value;
    } finally {
      lock.unlock();
    }
  }

  /**
   * The value the last read found, without reading again; -1 before the first. Every public page
   * reads the counter first, so this is as fresh as the latest such request: what keeps something
   * small in memory (the incident types) knows from it when to look again.
   */
  public long latest() {
    return latest;
  }

  /** How many times the database has been asked; for tests. */
  long reads() {
    lock.lock();
    try {
      return reads;
    } finally {
      lock.unlock();
    }
  }

  private long readNow() {
    reads++;
    return source.read();
  }

  /** Requests waiting for the read under way to end; for tests. */
  int waiting() {
    lock.lock();
    try {
      return lock.getWaitQueueLength(readDone);
    } finally {
      lock.unlock();
    }
  }

  /** Gives the kept connection back; the next read opens another. */
  void close() {
    lock.lock();
    try {
      while (reading) {
        readDone.awaitUninterruptibly();
      }
      source.close();
    } finally {
      lock.unlock();
    }
  }

  /** One connection and one prepared statement, kept for reading the counter. */
  private static final class Kept implements Source {
    private final DataSource dataSource;
    private Connection connection;
    private PreparedStatement statement;

    Kept(DataSource dataSource) {
      this.dataSource = dataSource;
    }

    @Override
    public long read() {
      try {
        return readOnce();
      } catch (SQLException firstFailure) {
        // The kept connection may have been dropped (a restarted server, a timeout): once more.
        close();
        try {
          return readOnce();
        } catch (SQLException e) {
          close();
          e.addSuppressed(firstFailure);
          throw new IllegalStateException("Could not read the change counter", e);
        }
      }
    }

    private long readOnce() throws SQLException {
      if (connection == null) {
        connection = dataSource.getConnection();
        connection.setAutoCommit(true);
        statement = connection.prepareStatement(READ);
      }
      try (ResultSet row = statement.executeQuery()) {
        if (!row.next()) {
          throw new IllegalStateException("The change_counter row is missing");
        }
        return row.getLong(1);
      }
    }

    @Override
    public void close() {
      if (connection != null) {
        try {
          connection.close();
        } catch (SQLException ignored) {
          // It is being thrown away either way.
        }
      }
      connection = null;
      statement = null;
    }
  }
}
