package storyline.incident;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import storyline.admin.Ids;
import storyline.admin.Option;
import storyline.admin.OptionGroup;

/**
 * The incident form's menus with the story's own places, actors and sources first: those its other
 * incidents already name, which an editor entering the story's next incident most likely wants.
 * Everything else follows, so that an entry shared with another story is still there to choose.
 */
final class StoryFirst {
  private static final String PLACES =
      "SELECT DISTINCT place_id FROM incidents WHERE story_id = :story AND place_id IS NOT NULL";

  private static final String ACTORS =
      """
      SELECT a.actor_id FROM incident_actors a JOIN incidents i ON i.id = a.incident_id
       WHERE i.story_id = :story
      UNION
      SELECT c.actor_id FROM claims c JOIN incidents i ON i.id = c.incident_id
       WHERE i.story_id = :story
      UNION
      SELECT q.actor_id FROM quotes q WHERE q.story_id = :story
      """;

  private static final String SOURCES =
      """
      SELECT DISTINCT s.source_id FROM incident_sources s JOIN incidents i ON i.id = s.incident_id
       WHERE i.story_id = :story
      """;

  private final Handle handle;
  private final Long story;

  /** For the story the form names; with none chosen yet, menus keep their plain order. */
  StoryFirst(Handle handle, String storyId) {
    this.handle = handle;
    this.story = Ids.valid(storyId) ? Long.valueOf(storyId) : null;
  }

  List<OptionGroup> places(List<Option> all) {
    return OptionGroup.split(all, own(PLACES), "Places of this story", "Other places");
  }

  List<OptionGroup> actors(List<Option> all) {
    return OptionGroup.split(all, own(ACTORS), "Actors of this story", "Other actors");
  }

  /** Sources as checkboxes: the story's own first, in one run. */
  List<Option> sources(List<Option> all) {
    return OptionGroup.flat(
        OptionGroup.split(all, own(SOURCES), "Sources of this story", "Other sources"));
  }

  private Set<String> own(String sql) {
    if (story == null) {
      return Set.of();
    }
    return handle.createQuery(sql).bind("story", story).mapTo(Long.class).stream()
        .map(String::valueOf)
        .collect(Collectors.toSet());
  }
}
