package storyline.actor;

import io.javalin.http.Context;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import storyline.admin.AdminTable;
import storyline.admin.Entry;
import storyline.admin.EntryKind;
import storyline.admin.FieldErrors;
import storyline.admin.FormInput;
import storyline.admin.KindTable;
import storyline.admin.Option;
import storyline.admin.SaveContext;
import storyline.admin.Slugs;
import storyline.revision.EntityType;

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
    return new ActorForm("", "", ActorKind.PERSON.code(), "", "", "");
  }

  @Override
  public ActorForm formOf(Handle handle, Actor actor) {
    return ActorForm.of(actor);
  }

  @Override
  public ActorForm read(FormInput input) {
    return ActorForm.read(input);
  }

  @Override
  public FieldErrors validate(Handle handle, ActorForm form, Long id) {
    FieldErrors errors = form.validate();
    Slugs.checkFree(errors, handle, type(), form.slug(), id);
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
    return Map.of(
        "kinds",
        Option.of(ActorKind.class),
        "affiliations",
        handle.attach(ActorDao.class).listPublic().stream()
            .filter(a -> !a.slug().equals(form.slug()))
            .map(a -> new Option(String.valueOf(a.id()), a.name()))
            .toList());
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
    return values;
  }
}
