package storyline.seed;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import storyline.actor.ActorEditing;
import storyline.actor.ActorForm;
import storyline.admin.EntryKind;
import storyline.admin.FieldErrors;
import storyline.admin.SaveContext;
import storyline.incident.IncidentEditing;
import storyline.incident.IncidentForm;
import storyline.place.PlaceEditing;
import storyline.place.PlaceForm;
import storyline.quote.QuoteEditing;
import storyline.quote.QuoteForm;
import storyline.revision.RevisionLog;
import storyline.seed.SeedFile.SeedActor;
import storyline.seed.SeedFile.SeedClaim;
import storyline.seed.SeedFile.SeedIncident;
import storyline.seed.SeedFile.SeedPlace;
import storyline.seed.SeedFile.SeedQuote;
import storyline.seed.SeedFile.SeedSource;
import storyline.seed.SeedFile.SeedStory;
import storyline.source.SourceEditing;
import storyline.source.SourceForm;
import storyline.story.StoryEditing;
import storyline.story.StoryForm;

/**
 * One load of the seed file, written through the admin's own kinds of entry: each entry is filled
 * into the form an editor would have submitted, checked as the admin checks it, and added as the
 * admin adds it (its row, what it owns, and version 1 of its history). The maps hold the ids given
 * so far, by the keys and slugs the seed file uses.
 */
final class SeedLoading {
  private static final String NOTE = "Imported from the seed article.";

  private final Handle handle;
  private final SaveContext save;
  private final Map<String, Long> sourceIds = new HashMap<>();
  private final Map<String, Long> placeIds = new HashMap<>();
  private final Map<String, Long> actorIds = new HashMap<>();
  private final Map<String, Long> incidentIds = new HashMap<>();

  SeedLoading(Handle handle, Instant now, RevisionLog revisions) {
    this.handle = handle;
    this.save = new SaveContext(handle, now, null, NOTE, false, revisions);
  }

  void load(SeedFile seed) {
    seed.sources().forEach(this::source);
    seed.places().forEach(this::place);
    actors(seed.actors());
    seed.stories().forEach(this::story);
  }

  private void source(SeedSource s) {
    SourceForm form =
        new SourceForm(
            text(s.url()),
            s.title(),
            text(s.publisher()),
            date(s.publishedOn()),
            s.kind(),
            text(s.notes()));
    sourceIds.put(s.key(), add(new SourceEditing(), form, "source " + s.key()));
  }

  private void place(SeedPlace p) {
    PlaceForm form =
        new PlaceForm(
            p.slug(),
            p.name(),
            p.country(),
            String.valueOf(p.latitude()),
            String.valueOf(p.longitude()),
            "exact");
    placeIds.put(p.slug(), add(new PlaceEditing(), form, "place " + p.slug()));
  }

  /** Actors in an order where each comes after the actor it belongs to, so that it can name it. */
  private void actors(List<SeedActor> actors) {
    List<SeedActor> waiting = new ArrayList<>(actors);
    while (!waiting.isEmpty()) {
      SeedActor next =
          waiting.stream()
              .filter(a -> a.affiliation() == null || actorIds.containsKey(a.affiliation()))
              .findFirst()
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "The seed's actors belong to one another in a loop, or to an actor it"
                              + " does not have: "
                              + waiting.get(0).slug()));
      waiting.remove(next);
      ActorForm form =
          new ActorForm(
              next.slug(),
              next.name(),
              next.kind(),
              text(next.role()),
              next.affiliation() == null ? "" : id(actorIds, "actor", next.affiliation()),
              text(next.description()),
              List.of());
      actorIds.put(next.slug(), add(new ActorEditing(), form, "actor " + next.slug()));
    }
  }

  private void story(SeedStory s) {
    StoryForm form =
        new StoryForm(
            s.slug(), s.title(), s.summary(), s.body(), s.status(), date(s.concludedOn()));
    long storyId = add(new StoryEditing(), form, "story " + s.slug());
    s.incidents().forEach(i -> incident(storyId, i));
    s.quotes().forEach(q -> quote(storyId, q));
  }

  private void incident(long storyId, SeedIncident i) {
    IncidentForm form =
        new IncidentForm(
            String.valueOf(storyId),
            i.slug(),
            i.title(),
            i.type(),
            date(i.occurredOn()),
            i.precision(),
            i.place() == null ? "" : id(placeIds, "place", i.place()),
            i.summary(),
            i.verification(),
            date(i.endsOn()),
            i.violates() == null ? "" : id(incidentIds, "incident", i.violates()),
            ids(sourceIds, "source", i.sources()),
            i.actors().stream()
                .map(v -> new IncidentForm.ActorRow(id(actorIds, "actor", v.actor()), v.role()))
                .toList(),
            i.claims().stream().map(this::claim).toList(),
            IncidentForm.PUBLISH,
            "",
            "");
    incidentIds.put(i.slug(), add(new IncidentEditing(), form, "incident " + i.slug()));
  }

  private IncidentForm.ClaimRow claim(SeedClaim c) {
    return new IncidentForm.ClaimRow(
        "",
        id(actorIds, "actor", c.actor()),
        c.stance(),
        c.text(),
        date(c.saidOn()),
        c.status(),
        ids(sourceIds, "source", c.sources()),
        false);
  }

  private void quote(long storyId, SeedQuote q) {
    QuoteForm form =
        new QuoteForm(
            id(actorIds, "actor", q.actor()),
            String.valueOf(storyId),
            q.incident() == null ? "" : id(incidentIds, "incident", q.incident()),
            q.text(),
            date(q.saidOn()),
            text(q.context()),
            ids(sourceIds, "source", q.sources()));
    add(new QuoteEditing(), form, "quote by " + q.actor());
  }

  /** Checks the form as the admin would, then adds the entry as the admin does; its id. */
  private <R, F> long add(EntryKind<R, F> kind, F form, String what) {
    FieldErrors errors = kind.validate(handle, form, null);
    if (!errors.isEmpty()) {
      throw new IllegalStateException(
          "The seed's " + what + " does not pass the admin's checks: " + errors.asMap());
    }
    return kind.add(save, form).id();
  }

  private static String id(Map<String, Long> ids, String what, String key) {
    Long id = ids.get(key);
    if (id == null) {
      throw new IllegalStateException("The seed names an unknown " + what + ": " + key);
    }
    return String.valueOf(id);
  }

  private static List<String> ids(Map<String, Long> ids, String what, List<String> keys) {
    return keys == null ? List.of() : keys.stream().map(key -> id(ids, what, key)).toList();
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }

  private static String date(LocalDate date) {
    return date == null ? "" : date.toString();
  }
}
