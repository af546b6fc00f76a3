package storyline.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import storyline.actor.Actor;
import storyline.actor.ActorDao;
import storyline.place.Place;
import storyline.place.PlaceDao;
import storyline.story.StoryCard;
import storyline.story.StoryDao;
import storyline.web.Params;

/**
 * A filtered incident list, whichever way it is read: as a page, a feed or an export. All three
 * check the filter's slugs the same way and find the same incidents.
 */
public final class IncidentLists {
  private final IncidentQuery query;
  private final StoryDao stories;
  private final PlaceDao places;
  private final ActorDao actors;

  public IncidentLists(IncidentQuery query, StoryDao stories, PlaceDao places, ActorDao actors) {
    this.query = query;
    this.stories = stories;
    this.places = places;
    this.actors = actors;
  }

  /** The choices the filter form offers. */
  public record Options(List<StoryCard> stories, List<Place> places, List<Actor> actors) {}

  /** A filter that is set, in words, with the address of the list without it. */
  public record ActiveFilter(String label, String removeUrl) {}

  public Options options() {
    return new Options(stories.listPublic(), places.listPublic(), actors.listPublic());
  }

  /** The filters that are set, in words; a slug that names nothing is a 400. */
  public List<ActiveFilter> active(IncidentFilter f, Options options) {
    List<ActiveFilter> active = new ArrayList<>();
    if (f.story() != null) {
      active.add(
          remove(
              f,
              "story",
              "Story: " + find(options.stories(), StoryCard::slug, f.story(), "story").title()));
    }
    if (f.type() != null) {
      active.add(remove(f, "type", "Type: " + f.type().label()));
    }
    if (f.place() != null) {
      active.add(
          remove(
              f,
              "place",
              "Place: " + find(options.places(), Place::slug, f.place(), "place").name()));
    }
    if (f.actor() != null) {
      active.add(
          remove(
              f,
              "actor",
              "Actor: " + find(options.actors(), Actor::slug, f.actor(), "actor").name()));
    }
    if (f.verification() != null) {
      active.add(remove(f, "verification", "Verification: " + f.verification().label()));
    }
    if (f.from() != null) {
      active.add(remove(f, "from", "From " + f.from()));
    }
    if (f.to() != null) {
      active.add(remove(f, "to", "To " + f.to()));
    }
    if (f.text() != null) {
      active.add(remove(f, "q", "Text: “" + f.text() + "”"));
    }
    if (f.contested()) {
      active.add(remove(f, "contested", "Contested only"));
    }
    return active;
  }

  /** The filters in words, such as "Type: Strike, Place: Kharkiv"; empty for none. */
  public String describe(IncidentFilter f) {
    return active(f, options()).stream().map(ActiveFilter::label).collect(Collectors.joining(", "));
  }

  /** Every incident the filter matches, in its order, up to a limit. */
  public List<IncidentItem> matching(IncidentFilter f, int limit) {
    return query.all(f, limit);
  }

  public IncidentQuery query() {
    return query;
  }

  private static <T> T find(List<T> items, Function<T, String> slug, String wanted, String what) {
    return items.stream()
        .filter(item -> slug.apply(item).equals(wanted))
        .findFirst()
        .orElseThrow(
            () -> Params.badRequest(what, "names no " + what + " called “" + wanted + "”"));
  }

  private static ActiveFilter remove(IncidentFilter f, String name, String label) {
    String query = f.without(name).queryString();
    return new ActiveFilter(label, query.isEmpty() ? "/incidents" : "/incidents?" + query);
  }
}
