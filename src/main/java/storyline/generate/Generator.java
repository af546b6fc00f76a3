package storyline.generate;

import java.util.Random;
import org.jdbi.v3.core.Jdbi;
import storyline.revision.RevisionLog;
import storyline.search.SearchIndex;
import storyline.story.StoryDao;

/**
 * Fills an empty database with a synthetic but realistic site of a given size, for benchmarks and
 * scale tests: stories over several years, each with its own places, actors and sources, incidents
 * with casts, claims (some contested) and quotes, a few status changes, and some archived entries.
 * It writes through the app's DAOs and revision log, and the same seed always gives the same data,
 * timestamps included.
 */
public final class Generator {
  static final int INCIDENTS_PER_STORY = 1_000;

  private final Jdbi jdbi;
  private final History history;
  private final SearchIndex search;

  public Generator(Jdbi jdbi, RevisionLog revisions, SearchIndex search) {
    this.jdbi = jdbi;
    this.history = new History(revisions);
    this.search = search;
  }

  /** What was made. */
  public record Summary(int stories, int actors, int places, int incidents) {}

  /**
   * Generates {@code incidents} incidents and all around them, about one story for each {@link
   * #INCIDENTS_PER_STORY}; refuses a database with a story.
   */
  public Summary generate(int incidents, long seed) {
    return generate(incidents, storiesFor(incidents), seed);
  }

  /**
   * How many stories hold so many incidents unless told otherwise: one per thousand, at least one.
   */
  public static int storiesFor(int incidents) {
    return Math.max(1, Math.round(incidents / (float) INCIDENTS_PER_STORY));
  }

  /**
   * Generates {@code incidents} incidents in {@code storyCount} stories: the benchmark holds the
   * number of stories steady across sizes, so that pages listing stories compare like with like.
   */
  public Summary generate(int incidents, int storyCount, long seed) {
    if (incidents < 1) {
      throw new IllegalArgumentException("--incidents must be at least 1");
    }
    if (storyCount < 1 || storyCount > incidents) {
      throw new IllegalArgumentException("--stories must be between 1 and the number of incidents");
    }
    if (jdbi.withHandle(h -> h.attach(StoryDao.class).countAll()) > 0) {
      throw new IllegalStateException(
          "The database already holds stories; generate fills only an empty database.");
    }
    Random random = new Random(seed);
    World world =
        jdbi.inTransaction(h -> new World(h, random, storyCount, history, search).build());
    int made = 0;
    for (int s = 0; s < storyCount; s++) {
      int size = s == storyCount - 1 ? incidents - made : incidents / storyCount;
      int index = s;
      jdbi.useTransaction(
          h -> new StoryMaker(h, random, world, index, storyCount, history, search).make(size));
      made += size;
    }

    return new Summary(storyCount, world.actorCount(), world.placeCount(), incidents);
  }
}
