package storyline.story;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import storyline.admin.AdminSearch;
import storyline.admin.Change;
import storyline.admin.Entry;
import storyline.admin.EntryKind;
import storyline.admin.FieldErrors;
import storyline.admin.FormInput;
import storyline.admin.Option;
import storyline.admin.SaveContext;
import storyline.admin.Slugs;
import storyline.admin.Snapshots;
import storyline.revision.EntityType;

/** How the admin edits stories. */
public final class StoryEditing implements EntryKind<Story, StoryForm> {

  @Override
  public EntityType type() {
    return EntityType.STORY;
  }

  @Override
  public List<Entry> list(Handle handle, String query, boolean archived) {
    return handle.attach(StoryDao.class).listForAdmin(AdminSearch.pattern(query), archived).stream()
        .map(this::describe)
        .toList();
  }

  @Override
  public Optional<Story> find(Handle handle, long id) {
    return handle.attach(StoryDao.class).findById(id);
  }

  @Override
  public Entry describe(Story s) {
    return new Entry(
        s.id(),
        s.version(),
        s.title(),
        s.status().label(),
        s.archivedAt() != null,
        s.isPublic() ? "/stories/" + s.slug() : null,
        s.id(),
        s.updatedAt());
  }

  @Override
  public StoryForm blank(Handle handle, Context ctx) {
    return new StoryForm("", "", "", "", StoryStatus.DRAFT.code());
  }

  @Override
  public StoryForm formOf(Handle handle, Story story) {
    return StoryForm.of(story);
  }

  @Override
  public StoryForm read(FormInput input) {
    return StoryForm.read(input);
  }

  @Override
  public FieldErrors validate(Handle handle, StoryForm form, Long id) {
    FieldErrors errors = form.validate();
    Slugs.checkFree(errors, handle, type(), form.slug(), id);
    return errors;
  }

  @Override
  public Map<String, Object> options(Handle handle, StoryForm form) {
    return Map.of("statuses", Option.of(StoryStatus.class));
  }

  @Override
  public Map<String, String> values(Handle handle, StoryForm form) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("Slug", form.slug());
    values.put("Title", form.title());
    values.put("Summary", form.summary());
    values.put("Body", form.body());
    values.put("Status", form.status());
    return values;
  }

  @Override
  public long insert(SaveContext save, StoryForm form) {
    String slug = Slugs.forNew(save.handle(), type(), form.slug(), form.title());
    StoryStatus status = form.statusValue();
    return save.attach(StoryDao.class)
        .insert(
            slug,
            form.title(),
            form.summary(),
            form.body(),
            status,
            status == StoryStatus.PUBLISHED ? save.now() : null,
            save.now());
  }

  @Override
  public boolean update(SaveContext save, Story current, int version, StoryForm form) {
    String slug = Slugs.forUpdate(form.slug(), current.slug());
    StoryStatus status = form.statusValue();
    Instant publishedAt =
        current.publishedAt() == null && status == StoryStatus.PUBLISHED
            ? save.now()
            : current.publishedAt();
    boolean saved =
        save.attach(StoryDao.class)
            .update(
                current.id(),
                version,
                slug,
                form.title(),
                form.summary(),
                form.body(),
                status,
                publishedAt,
                save.now());
    if (saved) {
      Slugs.renamed(save.handle(), type(), current.id(), current.slug(), slug, save.now());
    }
    return saved;
  }

  @Override
  public StoryForm formOfSnapshot(Handle handle, JsonNode snapshot) {
    return new StoryForm(
        Snapshots.text(snapshot, "slug"),
        Snapshots.text(snapshot, "title"),
        Snapshots.text(snapshot, "summary"),
        Snapshots.text(snapshot, "body"),
        Snapshots.text(snapshot, "status"));
  }

  @Override
  public Change change(Story before, Story after, boolean correction) {
    return before.status() != after.status()
        ? Change.status(before.status().label(), after.status().label(), after.title())
        : Change.edit(noun(), after.title(), correction);
  }
}
