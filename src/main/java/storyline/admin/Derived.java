package storyline.admin;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import storyline.revision.EntityType;
import storyline.search.SearchIndex;
import storyline.story.StoryDao;

/**
 * What a save changes besides its own rows, kept in step in the same transaction: the search index,
 * and the count of public incidents and the time of the last change of each story touched.
 */
public final class Derived {
  private final SearchIndex search;

  public Derived(SearchIndex search) {
    this.search = search;
  }

  /**
   * @param before the story the entry belonged to before the save, if any
   * @param after the story it belongs to now, if any
   */
  public void saved(Handle handle, EntityType type, long id, Long before, Long after, Instant now) {
    search.index(handle, type, id);
    Set<Long> stories = new LinkedHashSet<>();
    if (before != null) {
      stories.add(before);
    }
    if (after != null) {
      stories.add(after);
    }
    StoryDao dao = handle.attach(StoryDao.class);
    stories.forEach(story -> dao.changed(story, now));
  }
}
