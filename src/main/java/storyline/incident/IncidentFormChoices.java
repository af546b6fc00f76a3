package storyline.incident;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import storyline.actor.Actor;
import storyline.actor.ActorDao;
import storyline.admin.Ids;
import storyline.admin.Option;
import storyline.place.Place;
import storyline.place.PlaceDao;
import storyline.source.SourceDao;
import storyline.story.StoryDao;

/** What the incident form offers to choose from, and how its values read to an editor. */
final class IncidentFormChoices {
  /** The agreements the form's menu offers at most. */
  static final int AGREEMENTS = 200;

  private IncidentFormChoices() {}

  /** The time zones the form suggests: every region/city zone this machine knows, and UTC. */
  private static final List<String> TIME_ZONES =
      java.util.stream.Stream.concat(
              java.util.stream.Stream.of("UTC"),
              java.time.ZoneId.getAvailableZoneIds().stream()
                  .filter(
                      z ->
                          z.matches(
                              "(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian"
                                  + "|Pacific)/[A-Za-z_/-]+"))
                  .sorted())
          .toList();

  /** The choices of every select of the form, and its rows with blank ones to fill in. */
  static Map<String, Object> options(Handle handle, IncidentForm form) {
    Map<String, Object> options = new HashMap<>();
    options.put(
        "stories",
        handle.attach(StoryDao.class).listCurrent().stream()
            .map(s -> new Option(String.valueOf(s.id()), s.title()))
            .toList());
    // The types still offered, and a retired one the incident already has, so that it stays.
    options.put(
        "types",
        IncidentTypes.of(handle).all(handle).stream()
            .filter(t -> !t.retired() || t.is(form.type()))
            .map(t -> new Option(t.code(), t.retired() ? t.label() + " (retired)" : t.label()))
            .toList());
    options.put("precisions", Option.of(DatePrecision.class));
    options.put("verifications", Option.of(Verification.class));
    StoryFirst storyFirst = new StoryFirst(handle, form.storyId());
    options.put(
        "places",
        storyFirst.places(
            handle.attach(PlaceDao.class).listPublic().stream()
                .map(p -> new Option(String.valueOf(p.id()), p.name() + ", " + p.country()))
                .toList()));
    options.put("agreements", agreements(handle, form));
    options.put(
        "actors",
        storyFirst.actors(
            handle.attach(ActorDao.class).listPublic().stream()
                .map(a -> new Option(String.valueOf(a.id()), a.name()))
                .toList()));
    options.put("roles", Option.of(ActorRole.class));
    options.put("timeZones", TIME_ZONES);
    options.put("countries", storyline.place.Countries.options(null));
    // For the place, actor and source created from inside the form.
    options.put("placePrecisions", Option.of(storyline.place.PlacePrecision.class));
    options.put("actorKinds", Option.of(storyline.actor.ActorKind.class));
    options.put("sourceKinds", Option.of(storyline.source.SourceKind.class));
    options.put("stances", Option.of(Stance.class));
    options.put("claimStatuses", Option.of(ClaimStatus.class));
    options.put(
        "sources",
        storyFirst.sources(
            handle.attach(SourceDao.class).listCurrent().stream()
                .map(
                    s ->
                        new Option(
                            String.valueOf(s.id()),
                            s.title() + " (" + s.publisherOrUnknown() + ")"))
                .toList()));
    List<IncidentForm.ActorRow> actorRows = new ArrayList<>(form.actors());
    for (int i = 0; i < IncidentEditing.BLANK_ACTOR_ROWS; i++) {
      actorRows.add(new IncidentForm.ActorRow("", ""));
    }
    List<IncidentForm.ClaimRow> claimRows = new ArrayList<>(form.claims());
    for (int i = 0; i < IncidentEditing.BLANK_CLAIM_ROWS; i++) {
      claimRows.add(IncidentForm.ClaimRow.empty());
    }
    options.put("actorRows", actorRows);
    options.put("claimRows", claimRows);
    return options;
  }

  /**
   * What the incident may violate: the newest agreements of its story ({@link #AGREEMENTS} at most;
   * of every story before one is chosen), and the one it names, wherever that is.
   */
  private static List<Option> agreements(Handle handle, IncidentForm form) {
    IncidentDao incidents = handle.attach(IncidentDao.class);
    List<Incident> found =
        new ArrayList<>(
            form.storyId().matches("\\d{1,18}")
                ? incidents.listAgreementsOfStory(Long.parseLong(form.storyId()), AGREEMENTS)
                : incidents.listCurrentAgreements(AGREEMENTS));
    Long chosen = form.violatesId().matches("\\d{1,18}") ? Long.valueOf(form.violatesId()) : null;
    if (chosen != null && found.stream().noneMatch(i -> i.id() == chosen)) {
      incidents.findById(chosen).filter(i -> i.archivedAt() == null).ifPresent(found::add);
    }
    return found.stream()
        .filter(i -> !i.slug().equals(form.slug()))
        .map(i -> new Option(String.valueOf(i.id()), i.occurredOn() + " · " + i.title()))
        .toList();
  }

  /** The form's values as an editor reads them, names instead of ids, for a conflict's review. */
  static Map<String, String> values(Handle handle, IncidentForm form) {
    Map<Long, String> names =
        handle.attach(ActorDao.class).listPublic().stream()
            .collect(Collectors.toMap(Actor::id, Actor::name));
    Map<Long, String> places =
        handle.attach(PlaceDao.class).listPublic().stream()
            .collect(Collectors.toMap(Place::id, Place::name));
    Map<String, String> values = new LinkedHashMap<>();
    values.put("Slug", form.slug());
    values.put("Title", form.title());
    values.put("Type", form.type());
    values.put("Date", form.occurredOn());
    values.put("Precision", form.precision());
    values.put("Time of day", form.occurredTime());
    values.put("Time zone", form.timeZone());
    values.put(
        "Place", form.place() == null ? "" : places.getOrDefault(form.place(), form.placeId()));
    values.put("Summary", form.summary());
    values.put("Verification", form.verification());
    values.put("Ends on", form.endsOn());
    values.put("Violates", form.violatesId());
    values.put("Sources", String.join(", ", form.sourceIds()));
    values.put(
        "Actors",
        form.actors().stream()
            .map(a -> name(names, a.actorId()) + " (" + a.role() + ")")
            .collect(Collectors.joining("; ")));
    values.put(
        "Claims",
        form.claims().stream()
            .map(
                c ->
                    name(names, c.actorId())
                        + " "
                        + c.stance()
                        + ": "
                        + c.text()
                        + " ["
                        + c.status()
                        + "]"
                        + (c.remove() ? " (to be withdrawn)" : ""))
            .collect(Collectors.joining("\n")));
    return values;
  }

  private static String name(Map<Long, String> names, String id) {
    return Ids.valid(id) ? names.getOrDefault(Long.valueOf(id), id) : id;
  }
}
