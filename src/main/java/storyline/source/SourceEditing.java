package storyline.source;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import storyline.admin.AdminSearch;
import storyline.admin.Entry;
import storyline.admin.EntryKind;
import storyline.admin.FieldErrors;
import storyline.admin.FormInput;
import storyline.admin.Option;
import storyline.admin.SaveContext;
import storyline.admin.Snapshots;
import storyline.revision.EntityType;

/** How the admin edits sources. */
public final class SourceEditing implements EntryKind<Source, SourceForm> {

  @Override
  public EntityType type() {
    return EntityType.SOURCE;
  }

  @Override
  public List<Entry> list(Handle handle, String query, boolean archived) {
    return handle
        .attach(SourceDao.class)
        .listForAdmin(AdminSearch.pattern(query), archived)
        .stream()
        .map(this::describe)
        .toList();
  }

  @Override
  public Optional<Source> find(Handle handle, long id) {
    return handle.attach(SourceDao.class).findById(id);
  }

  @Override
  public Entry describe(Source s) {
    return new Entry(
        s.id(),
        s.version(),
        s.title(),
        s.publisherOrUnknown() + " · " + s.kind().label(),
        s.archivedAt() != null,
        null,
        null,
        s.updatedAt());
  }

  @Override
  public SourceForm blank(Handle handle, Context ctx) {
    return new SourceForm("", "", "", "", SourceKind.INDEPENDENT_MEDIA.code(), "");
  }

  @Override
  public SourceForm formOf(Handle handle, Source source) {
    return SourceForm.of(source);
  }

  @Override
  public SourceForm read(FormInput input) {
    return SourceForm.read(input);
  }

  @Override
  public FieldErrors validate(Handle handle, SourceForm form, Long id) {
    return form.validate();
  }

  @Override
  public Map<String, Object> options(Handle handle, SourceForm form) {
    return Map.of("kinds", Option.of(SourceKind.class));
  }

  @Override
  public Map<String, String> values(Handle handle, SourceForm form) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("Address", form.url());
    values.put("Title", form.title());
    values.put("Publisher", form.publisher());
    values.put("Published on", form.publishedOn());
    values.put("Kind", form.kind());
    values.put("Notes", form.notes());
    return values;
  }

  @Override
  public long insert(SaveContext save, SourceForm form) {
    return save.attach(SourceDao.class)
        .insert(
            form.urlValue(),
            form.title(),
            form.publisherValue(),
            form.publishedOnValue(),
            form.kindValue(),
            form.notes(),
            save.now());
  }

  @Override
  public boolean update(SaveContext save, Source current, int version, SourceForm form) {
    return save.attach(SourceDao.class)
        .update(
            current.id(),
            version,
            form.urlValue(),
            form.title(),
            form.publisherValue(),
            form.publishedOnValue(),
            form.kindValue(),
            form.notes(),
            save.now());
  }

  @Override
  public SourceForm formOfSnapshot(Handle handle, JsonNode s) {
    return new SourceForm(
        Snapshots.text(s, "url"),
        Snapshots.text(s, "title"),
        Snapshots.text(s, "publisher"),
        Snapshots.text(s, "publishedOn"),
        Snapshots.text(s, "kind"),
        Snapshots.text(s, "notes"));
  }
}
