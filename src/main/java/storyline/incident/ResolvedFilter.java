package storyline.incident;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A filter of the incident list with its slugs looked up: the ids its queries use, and the filters
 * that are set, in words, with the address of the list without each.
 *
 * @param storyIncidentCount the story's count of public incidents, when a story is chosen
 */
public record ResolvedFilter(
    IncidentFilter filter,
    Long storyId,
    Long placeId,
    Long actorId,
    int storyIncidentCount,
    List<ActiveFilter> active) {

  /** A filter that is set, in words, with the address of the list without it. */
  public record ActiveFilter(String label, String removeUrl) {}

  /** Every public incident, unfiltered. */
  public static ResolvedFilter everything() {
    return new ResolvedFilter(IncidentFilter.none(), null, null, null, 0, List.of());
  }

  /** Every public incident of a story whose id and count are known. */
  public static ResolvedFilter ofStory(long storyId, String slug, int incidentCount) {
    return new ResolvedFilter(
        IncidentFilter.ofStory(slug), storyId, null, null, incidentCount, List.of());
  }

  /** Every public incident at a place. */
  public static ResolvedFilter ofPlace(long placeId, String slug) {
    return new ResolvedFilter(IncidentFilter.ofPlace(slug), null, placeId, null, 0, List.of());
  }

  /** Every public incident an actor took part in. */
  public static ResolvedFilter ofActor(long actorId, String slug) {
    return new ResolvedFilter(IncidentFilter.ofActor(slug), null, null, actorId, 0, List.of());
  }

  /** The same, narrowed to contested incidents. */
  public ResolvedFilter contestedOnly() {
    return new ResolvedFilter(
        filter.contestedOnly(), storyId, placeId, actorId, storyIncidentCount, active);
  }

  public IncidentFilter.Sort sort() {
    return filter.sort();
  }

  /** True when the only filter set is the story, whose count the story keeps. */
  boolean storyOnly() {
    Set<String> others = new HashSet<>(filter.parameters().keySet());
    others.removeAll(Set.of("story", "sort"));
    return storyId != null && others.isEmpty();
  }

  /** The filters in words, such as "Type: Strike, Place: Kharkiv"; empty for none. */
  public String describe() {
    return active.stream().map(ActiveFilter::label).collect(Collectors.joining(", "));
  }
}
