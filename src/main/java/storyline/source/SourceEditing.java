package storyline.source;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import storyline.admin.AdminTable;
import storyline.admin.Entry;
import storyline.admin.EntryKind;
import storyline.admin.FieldErrors;
import storyline.admin.FormInput;
import storyline.admin.KindTable;
import storyline.admin.Option;
import storyline.admin.SaveContext;
import storyline.revision.EntityType;

/** How the admin edits sources. */
public final class SourceEditing implements EntryKind<Source, SourceForm> {
  private static final KindTable<Source> TABLE =
      KindTable.withoutSlug(EntityType.SOURCE, Source.class, "title", "publisher");

  @Override
  public KindTable<Source> table() {
    return TABLE;
  }

  @Override
  public Map<String, Object> columns(SaveContext save, SourceForm form, Source current) {
    return AdminTable.columns(
        "url", form.urlValue(),
        "title", form.title(),
        "publisher", form.publisherValue(),
        "published_on", form.publishedOnValue(),
        "kind", form.kindValue(),
        "notes", form.notes());
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
}
