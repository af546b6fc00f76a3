package storyline.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import storyline.actor.Actor;
import storyline.actor.ActorDao;
import storyline.incident.IncidentDao.Option;
import storyline.place.Place;
import storyline.place.PlaceDao;
import storyline.story.Story;
import storyline.story.StoryDao;
import storyline.web.Params;

/**
 * A filtered incident list, whichever way it is read: as a page, a feed or an export. All three
 * look the filter's slugs up the same way and find the same incidents.
 */
public final class IncidentLists {
  /** The stories the filter form offers: the most recently changed, and the one chosen. */
  static final int STORY_OPTIONS = 40;

  private final IncidentQuery query;
  private final StoryDao stories;
  private final PlaceDao places;
  private final ActorDao actors;
  private final IncidentDao incidents;
  private final IncidentTypes types;

  public IncidentLists(
      IncidentQuery query,
      StoryDao stories,
      PlaceDao places,
      ActorDao actors,
      IncidentDao incidents,
      IncidentTypes types) {
    this.query = query;
    this.types = types;
    this.stories = stories;
    this.places = places;
    this.actors = actors;
    this.incidents = incidents;
  }

  /** Every incident type, retired ones included: the list filters by any type incidents have. */
  public List<IncidentType> types() {
    return types.all();
  }

  /** The choices the filter form offers. */
  public record Options(List<Option> stories, List<Option> places, List<Option> actors) {}

  /**
   * Looks the filter's slugs and type up; a slug that names nothing public, or a type that does not
   * exist, is a 400 naming it.
   */
  public ResolvedFilter resolve(IncidentFilter f) {
    Story story =
        f.story() == null ? null : found(stories.findPublic(f.story()), "story", f.story());
    Place place =
        f.place() == null ? null : found(places.findPublic(f.place()), "place", f.place());
    Actor actor =
        f.actor() == null ? null : found(actors.findPublic(f.actor()), "actor", f.actor());
    List<ResolvedFilter.ActiveFilter> active = new ArrayList<>();
    if (story != null) {
      active.add(remove(f, "story", "Story: " + story.title()));
    }
    if (f.type() != null) {
      IncidentType type =
          types
              .find(f.type())
              .orElseThrow(
                  () ->
                      Params.badRequest(
                          "type",
                          "must be one of "
                              + String.join(
                                  ", ", types.all().stream().map(IncidentType::code).toList())));
      active.add(remove(f, "type", "Type: " + type.label()));
    }
    if (place != null) {
      active.add(remove(f, "place", "Place: " + place.name()));
    }
    if (actor != null) {
      active.add(remove(f, "actor", "Actor: " + actor.name()));
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
    return new ResolvedFilter(
        f,
        story == null ? null : story.id(),
        place == null ? null : place.id(),
        actor == null ? null : actor.id(),
        story == null ? 0 : stories.incidentCount(story.id()),
        List.copyOf(active));
  }

  /**
   * The choices of the filter form, few enough to read: the stories most recently changed; the
   * places and actors of the chosen story's newest 1,000 incidents, or without a story those of the
   * newest incidents. The chosen ones are always offered.
   */
  public Options options(ResolvedFilter f) {
    List<Option> storyOptions =
        new ArrayList<>(
            stories.listPublic(STORY_OPTIONS).stream()
                .map(s -> new Option(s.slug(), s.title()))
                .toList());
    List<Option> placeOptions;
    List<Option> actorOptions;
    if (f.storyId() == null) {
      // Read through the list's own index, newest first: the same question asked of the public
      // view sorted every incident first, and at 100,000 ran a 128 MB heap out of memory.
      List<IncidentItem> newest = query.newest(ResolvedFilter.everything(), NEWEST_FOR_OPTIONS);
      List<Long> placeIds =
          newest.stream().map(IncidentItem::placeId).filter(id -> id != null).distinct().toList();
      List<Long> incidentIds = newest.stream().map(IncidentItem::id).toList();
      placeOptions = placeIds.isEmpty() ? List.of() : incidents.placesAmong(placeIds);
      actorOptions = incidentIds.isEmpty() ? List.of() : incidents.actorsOfIncidents(incidentIds);
    } else {
      placeOptions = incidents.placesOfStory(f.storyId(), IncidentQuery.PICTURED);
      actorOptions = incidents.actorsOfStory(f.storyId(), IncidentQuery.PICTURED);
    }
    return new Options(
        withChosen(storyOptions, f.filter().story(), f.storyId(), stories::findById, Story::title),
        withChosen(placeOptions, f.filter().place(), f.placeId(), places::findById, Place::name),
        withChosen(actorOptions, f.filter().actor(), f.actorId(), actors::findById, Actor::name));
  }

  /** Without a story, the places and actors offered are those of this many newest incidents. */
  static final int NEWEST_FOR_OPTIONS = 300;

  public IncidentQuery query() {
    return query;
  }

  private static <T> List<Option> withChosen(
      List<Option> options,
      String slug,
      Long id,
      java.util.function.LongFunction<Optional<T>> find,
      java.util.function.Function<T, String> name) {
    if (slug == null || options.stream().anyMatch(o -> o.slug().equals(slug))) {
      return options;
    }
    List<Option> all = new ArrayList<>(options);
    find.apply(id).ifPresent(row -> all.add(0, new Option(slug, name.apply(row))));
    return List.copyOf(all);
  }

  private static <T> T found(Optional<T> row, String what, String slug) {
    return row.orElseThrow(
        () -> Params.badRequest(what, "names no " + what + " called “" + slug + "”"));
  }

  private static ResolvedFilter.ActiveFilter remove(IncidentFilter f, String name, String label) {
    String query = f.without(name).queryString();
    return new ResolvedFilter.ActiveFilter(
        label, query.isEmpty() ? "/incidents" : "/incidents?" + query);
  }
}
