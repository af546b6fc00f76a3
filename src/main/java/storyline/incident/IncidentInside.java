package storyline.incident;

import java.util.ArrayList;
import java.util.List;
import storyline.actor.ActorEditing;
import storyline.admin.EntryKind;
import storyline.place.PlaceEditing;
import storyline.source.SourceEditing;

/**
 * What the incident form can create from inside it, without leaving what was typed: the place it
 * happened at, an actor who took part, a source that reports it. Each is created through its own
 * kind, as its own admin page would, and then chosen in the form.
 */
final class IncidentInside {
  /** The field prefix of a place created from inside the form. */
  static final String PLACE = "new_place";

  /** The field prefix of an actor created from inside the form. */
  static final String ACTOR = "new_actor";

  /** The field prefix of a source created from inside the form. */
  static final String SOURCE = "new_source";

  /** The field, under {@link #ACTOR}, of the new actor's role in this incident. */
  static final String PART = "part";

  private IncidentInside() {}

  /** The three, made once: each form render and save asks for them. */
  static List<EntryKind.Inside<IncidentForm>> all() {
    return ALL;
  }

  private static final List<EntryKind.Inside<IncidentForm>> ALL =
      List.of(
          new EntryKind.Inside<>(
              PLACE,
              new PlaceEditing(),
              (form, id, typed) -> form.with(String.valueOf(id), form.sourceIds(), form.actors())),
          new EntryKind.Inside<>(
              ACTOR,
              new ActorEditing(),
              (form, id, typed) -> {
                List<IncidentForm.ActorRow> cast = new ArrayList<>(form.actors());
                cast.add(new IncidentForm.ActorRow(String.valueOf(id), typed.get(PART)));
                return form.with(form.placeId(), form.sourceIds(), cast);
              }),
          new EntryKind.Inside<>(
              SOURCE,
              new SourceEditing(),
              (form, id, typed) -> {
                List<String> sources = new ArrayList<>(form.sourceIds());
                sources.add(String.valueOf(id));
                return form.with(form.placeId(), sources, form.actors());
              }));
}
