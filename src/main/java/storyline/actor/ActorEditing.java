package storyline.actor;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import storyline.admin.AdminTable;
import storyline.admin.Entry;
import storyline.admin.EntryKind;
import storyline.admin.FieldErrors;
import storyline.admin.FormInput;
import storyline.admin.Ids;
import storyline.admin.KindTable;
import storyline.admin.Option;
import storyline.admin.SaveContext;
import storyline.admin.Slugs;
import storyline.admin.Snapshots;
import storyline.revision.EntityType;
import storyline.story.StoryDao;

/** How the admin edits actors. */
public final class ActorEditing implements EntryKind<Actor, ActorForm> {
  private static final KindTable<Actor> TABLE =
      KindTable.withSlug(EntityType.ACTOR, Actor.class, Actor::slug, "name", "slug");

  @Override
  public KindTable<Actor> table() {
    return TABLE;
  }

  @Override
  public Map<String, Object> columns(SaveContext save, ActorForm form, Actor current) {
    return AdminTable.columns(
        "slug", slug(save, form.slug(), form.name(), current),
        "name", form.name(),
        "kind", form.kindValue(),
        "role", form.role(),
        "affiliation_id", form.affiliation(),
        "description", form.description());
  }

  @Override
  public Entry describe(Actor a) {
    return new Entry(
        a.id(),
        a.version(),
        a.name(),
        a.kind().label() + (a.role().isEmpty() ? "" : " · " + a.role()),
        a.archivedAt() != null,
        a.archivedAt() == null ? "/actors/" + a.slug() : null,
        null,
        a.updatedAt());
  }

  @Override
  public ActorForm blank(Handle handle, Context ctx) {
    return new ActorForm("", "", ActorKind.PERSON.code(), "", "", "", List.of());
  }

  @Override
  public ActorForm formOf(Handle handle, Actor actor) {
    return ActorForm.of(actor, handle.attach(ActorDao.class).listPositions(actor.id()));
  }

  /** Positions over time, any number, with blank rows to add more. */
  @Override
  public boolean hasRows() {
    return true;
  }

  /** The positions are replaced as the form holds them. */
  @Override
  public void saved(SaveContext save, long id, ActorForm form) {
    ActorDao actors = save.attach(ActorDao.class);
    actors.removePositions(id);
    for (ActorForm.PositionRow row : form.positions()) {
      actors.addPosition(
          id,
          row.storyId().isEmpty() ? null : Long.valueOf(row.storyId()),
          row.title(),
          FieldErrors.parseDate(row.fromOn()),
          FieldErrors.parseDate(row.toOn()));
    }
  }

  @Override
  public Object snapshot(Handle handle, long id) {
    Actor actor = find(handle, id).orElseThrow();
    return new ActorSnapshot(
        actor,
        ActorForm.of(actor, handle.attach(ActorDao.class).listPositions(id)).positions().stream()
            .map(p -> new ActorSnapshot.Kept(p.title(), p.storyId(), p.fromOn(), p.toOn()))
            .toList());
  }

  /** Snapshots from before positions existed have none (shape 2 marks them so). */
  @Override
  public ActorForm formOfSnapshot(Handle handle, JsonNode snapshot) {
    Actor actor = Snapshots.row(snapshot, Actor.class);
    List<ActorForm.PositionRow> positions = new ArrayList<>();
    snapshot
        .path("positions")
        .forEach(
            p ->
                positions.add(
                    new ActorForm.PositionRow(
                        Snapshots.text(p, "title"),
                        Snapshots.text(p, "storyId"),
                        Snapshots.text(p, "fromOn"),
                        Snapshots.text(p, "toOn"))));
    ActorForm plain = ActorForm.of(actor, List.of());
    return new ActorForm(
        plain.slug(),
        plain.name(),
        plain.kind(),
        plain.role(),
        plain.affiliationId(),
        plain.description(),
        positions);
  }

  @Override
  public ActorForm read(FormInput input) {
    return ActorForm.read(input);
  }

  @Override
  public FieldErrors validate(Handle handle, ActorForm form, Long id) {
    FieldErrors errors = form.validate();
    Slugs.checkFree(errors, handle, type(), form.slug(), id);
    for (int i = 0; i < form.positions().size(); i++) {
      String field = "positions[" + i + "].story_id";
      String story = form.positions().get(i).storyId();
      if (!errors.has(field)
          && !story.isEmpty()
          && !Ids.allExist(handle, "stories", List.of(Long.valueOf(story)))) {
        errors.add(field, "Choose the story from the list.");
      }
    }
    Long affiliation = form.affiliation();
    if (affiliation != null && !errors.has("affiliation_id")) {
      ActorDao actors = handle.attach(ActorDao.class);
      if (actors.findById(affiliation).filter(a -> a.archivedAt() == null).isEmpty()) {
        errors.add("affiliation_id", "Choose the affiliation from the list.");
      } else if (id != null && leadsBackTo(actors, affiliation, id)) {
        errors.add("affiliation_id", "An actor cannot belong, directly or not, to itself.");
      }
    }
    return errors;
  }

  private static boolean leadsBackTo(ActorDao actors, long start, long self) {
    Set<Long> seen = new HashSet<>();
    Long current = start;
    while (current != null && seen.add(current)) {
      if (current == self) {
        return true;
      }
      current = actors.findById(current).map(Actor::affiliationId).orElse(null);
    }
    return false;
  }

  @Override
  public Map<String, Object> options(Handle handle, ActorForm form) {
    List<ActorForm.PositionRow> rows = new ArrayList<>(form.positions());
    rows.add(ActorForm.PositionRow.empty());
    rows.add(ActorForm.PositionRow.empty());
    return Map.of(
        "kinds",
        Option.of(ActorKind.class),
        "affiliations",
        handle.attach(ActorDao.class).listPublic().stream()
            .filter(a -> !a.slug().equals(form.slug()))
            .map(a -> new Option(String.valueOf(a.id()), a.name()))
            .toList(),
        "stories",
        handle.attach(StoryDao.class).listCurrent().stream()
            .map(s -> new Option(String.valueOf(s.id()), s.title()))
            .toList(),
        "positionRows",
        rows);
  }

  @Override
  public Map<String, String> values(Handle handle, ActorForm form) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("Slug", form.slug());
    values.put("Name", form.name());
    values.put("Kind", form.kind());
    values.put("Role", form.role());
    Long affiliation = form.affiliation();
    values.put(
        "Affiliation",
        affiliation == null
            ? ""
            : handle
                .attach(ActorDao.class)
                .findById(affiliation)
                .map(Actor::name)
                .orElse(form.affiliationId()));
    values.put("Description", form.description());
    values.put(
        "Positions",
        form.positions().stream()
            .map(p -> p.title() + " (" + p.fromOn() + " – " + p.toOn() + ")")
            .collect(java.util.stream.Collectors.joining("; ")));
    return values;
  }
}
