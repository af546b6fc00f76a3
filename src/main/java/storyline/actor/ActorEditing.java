package storyline.actor;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import storyline.admin.AdminSearch;
import storyline.admin.Entry;
import storyline.admin.EntryKind;
import storyline.admin.FieldErrors;
import storyline.admin.FormInput;
import storyline.admin.Option;
import storyline.admin.SaveContext;
import storyline.admin.Slugs;
import storyline.admin.Snapshots;
import storyline.revision.EntityType;

/** How the admin edits actors. */
public final class ActorEditing implements EntryKind<Actor, ActorForm> {

  @Override
  public EntityType type() {
    return EntityType.ACTOR;
  }

  @Override
  public List<Entry> list(Handle handle, String query, boolean archived) {
    return handle.attach(ActorDao.class).listForAdmin(AdminSearch.pattern(query), archived).stream()
        .map(this::describe)
        .toList();
  }

  @Override
  public Optional<Actor> find(Handle handle, long id) {
    return handle.attach(ActorDao.class).findById(id);
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

  @Override
  public long insert(SaveContext save, ActorForm form) {
    String slug = Slugs.forNew(save.handle(), type(), form.slug(), form.name());
    return save.attach(ActorDao.class)
        .insert(
            slug,
            form.name(),
            form.kindValue(),
            form.role(),
            form.affiliation(),
            form.description(),
            save.now());
  }

  @Override
  public boolean update(SaveContext save, Actor current, int version, ActorForm form) {
    String slug = Slugs.forUpdate(form.slug(), current.slug());
    boolean saved =
        save.attach(ActorDao.class)
            .update(
                current.id(),
                version,
                slug,
                form.name(),
                form.kindValue(),
                form.role(),
                form.affiliation(),
                form.description(),
                save.now());
    if (saved) {
      Slugs.renamed(save.handle(), type(), current.id(), current.slug(), slug, save.now());
    }
    return saved;
  }

  @Override
  public ActorForm formOfSnapshot(Handle handle, JsonNode s) {
    return new ActorForm(
        Snapshots.text(s, "slug"),
        Snapshots.text(s, "name"),
        Snapshots.text(s, "kind"),
        Snapshots.text(s, "role"),
        Snapshots.text(s, "affiliationId"),
        Snapshots.text(s, "description"));
  }
}
