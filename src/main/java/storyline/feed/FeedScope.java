package storyline.feed;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Which changes a feed carries: the whole site, one story, actor or place, or the incidents of a
 * filtered list. Each scope is a fixed SQL condition over the change log's revisions {@code r},
 * read through an index of what each revision concerns, and the values it binds (a list as one
 * parameter per value, since the condition is a defined fragment).
 *
 * @param join a join of the revisions {@code r} to what the condition reads, or empty
 * @param lead the column the condition fixes, named first in the order (with a comma) so that H2
 *     reads the newest entries off the end of its index on (that column, time) and stops at the
 *     limit, instead of sorting every revision of a story or place; or empty
 */
public record FeedScope(
    String title,
    String path,
    String join,
    String condition,
    Map<String, Object> values,
    String lead) {

  FeedScope(String title, String path, String join, String condition, Map<String, Object> values) {
    this(title, path, join, condition, values, "");
  }

  public static FeedScope site() {
    return new FeedScope("Storyline: every story", "", "", "TRUE", Map.of());
  }

  public static FeedScope story(long storyId, String title, String slug) {
    return new FeedScope(
        title,
        "/stories/" + slug,
        "",
        "r.story_id = :scopeId",
        Map.of("scopeId", storyId),
        "r.story_id DESC, ");
  }

  /** Changes to incidents the actor took part in, and to the actor's own claims and quotes. */
  public static FeedScope actor(long actorId, String name, String slug) {
    return new FeedScope(
        name + " on Storyline",
        "/actors/" + slug,
        "JOIN revision_actors ra ON ra.revision_id = r.id",
        "ra.actor_id = :scopeId",
        Map.of("scopeId", actorId));
  }

  public static FeedScope place(long placeId, String name, String slug) {
    return new FeedScope(
        "Storyline: incidents in " + name,
        "/places/" + slug,
        "",
        "r.place_id = :scopeId",
        Map.of("scopeId", placeId),
        "r.place_id DESC, ");
  }

  /** The incidents of a filtered list, named by their ids. */
  public static FeedScope incidents(String title, String path, List<Long> ids) {
    if (ids.isEmpty()) {
      return new FeedScope(title, path, "", "FALSE", Map.of());
    }
    Map<String, Object> values = new LinkedHashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      values.put("incident" + i, ids.get(i));
    }
    String names = values.keySet().stream().map(n -> ":" + n).collect(Collectors.joining(", "));
    return new FeedScope(title, path, "", "r.incident_id IN (" + names + ")", values);
  }
}
