package storyline.story;

import io.javalin.http.Context;
import java.time.Instant;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import storyline.admin.AdminTable;
import storyline.admin.Change;
import storyline.admin.Entry;
import storyline.admin.EntryKind;
import storyline.admin.FieldErrors;
import storyline.admin.FormInput;
import storyline.admin.KindTable;
import storyline.admin.Option;
import storyline.admin.SaveContext;
import storyline.admin.Slugs;
import storyline.revision.EntityType;

/** How the admin edits stories. */
public final class StoryEditing implements EntryKind<Story, StoryForm> {
  private static final KindTable<Story> TABLE =
      KindTable.withSlug(EntityType.STORY, Story.class, Story::slug, "title", "slug");

  @Override
  public KindTable<Story> table() {
    return TABLE;
  }

  /** A story is first published when its status first becomes published, and keeps that date. */
  @Override
  public Map<String, Object> columns(SaveContext save, StoryForm form, Story current) {
    StoryStatus status = form.statusValue();
    Instant publishedAt = current == null ? null : current.publishedAt();
    if (publishedAt == null && status == StoryStatus.PUBLISHED) {
      publishedAt = save.now();
    }
    return AdminTable.columns(
        "slug", slug(save, form.slug(), form.title(), current),
        "title", form.title(),
        "summary", form.summary(),
        "body", form.body(),
        "status", status,
        "published_at", publishedAt,
        "concluded_on", form.concludedOnValue());
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
        s.updatedAt(),
        s.isPublic() || s.archivedAt() != null ? null : "/admin/stories/" + s.id() + "/preview");
  }

  @Override
  public StoryForm blank(Handle handle, Context ctx) {
    return new StoryForm("", "", "", "", StoryStatus.DRAFT.code(), "");
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
  public Change change(Story before, Story after, boolean correction) {
    if (before.publishedAt() == null && after.publishedAt() != null) {
      return Change.published(after.title());
    }
    return before.status() != after.status()
        ? Change.status(before.status().label(), after.status().label(), after.title())
        : Change.edit(noun(), after.title(), correction);
  }
}
