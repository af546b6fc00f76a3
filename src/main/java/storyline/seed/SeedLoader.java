package storyline.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import storyline.db.StartupLock;
import storyline.incident.IncidentDao;
import storyline.revision.RevisionLog;
import storyline.search.SearchIndex;
import storyline.story.StoryDao;
import storyline.web.Json;

/**
 * Loads the curated seed file into an empty database, once. A database that holds any story is left
 * alone, so editors' changes are never overwritten.
 */
public final class SeedLoader {
  private static final Logger LOG = LoggerFactory.getLogger(SeedLoader.class);
  static final String SEED_RESOURCE = "seed/ukraine-ceasefire.json";

  private final Jdbi jdbi;
  private final Json json;
  private final RevisionLog revisions;
  private final Clock clock;

  public SeedLoader(Jdbi jdbi, Json json, RevisionLog revisions, Clock clock) {
    this.jdbi = jdbi;
    this.json = json;
    this.revisions = revisions;
    this.clock = clock;
  }

  /** Loads the seed when the database has no story yet; says whether it did. */
  public boolean loadIfEmpty() {
    if (jdbi.withHandle(h -> h.attach(StoryDao.class).countAll()) > 0) {
      return false;
    }
    SeedFile seed = read();
    boolean loaded =
        jdbi.inTransaction(
            handle -> {
              StartupLock.take(handle);
              if (handle.attach(StoryDao.class).countAll() > 0) {
                return false;
              }
              Instant now = clock.instant();
              new SeedLoading(handle, now, revisions).load(seed);
              for (long story :
                  handle.createQuery("SELECT id FROM stories").mapTo(Long.class).list()) {
                handle.attach(IncidentDao.class).recomputeContestedOfStory(story);
                handle.attach(StoryDao.class).changed(story, now);
              }
              new SearchIndex().rebuild(handle);
              return true;
            });
    if (loaded) {
      LOG.info("Loaded the seed story into an empty database");
    }
    return loaded;
  }

  private SeedFile read() {
    try (InputStream in = SeedLoader.class.getClassLoader().getResourceAsStream(SEED_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Missing seed resource " + SEED_RESOURCE);
      }
      return json.read(in, SeedFile.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
