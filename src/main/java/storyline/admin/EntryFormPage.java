package storyline.admin;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/** The page of a kind's form: new, edit, after a failed check, and after a conflict. */
final class EntryFormPage<R, F> {
  private final EntryKind<R, F> kind;
  private final AdminPages pages;
  private final String path;

  EntryFormPage(EntryKind<R, F> kind, AdminPages pages, String path) {
    this.kind = kind;
    this.pages = pages;
    this.path = path;
  }

  private String path() {
    return path;
  }

  /** 409: the saved version beside the editor's, and the editor's values ready to save again. */
  void conflict(Context ctx, Handle h, F theirs, R current) {
    Entry entry = kind.describe(current);
    Map<String, Object> model = model(ctx, h, theirs, entry, entry.version(), new FieldErrors());
    model.put(
        "conflict",
        ConflictView.of(kind.values(h, kind.formOf(h, current)), kind.values(h, theirs)));
    ctx.status(HttpStatus.CONFLICT).render("admin/edit", model);
  }

  void render(
      Context ctx,
      Handle h,
      HttpStatus status,
      F form,
      Entry entry,
      int version,
      FieldErrors errors) {
    ctx.status(status).render("admin/edit", model(ctx, h, form, entry, version, errors));
  }

  Map<String, Object> model(
      Context ctx, Handle h, F form, Entry entry, int version, FieldErrors errors) {
    String title =
        entry == null ? "New " + kind.noun() : "Edit " + kind.noun() + ": " + entry.title();
    String action = entry == null ? path() : path() + "/" + entry.id();
    Map<String, Object> model =
        pages.model(ctx, title, entry == null ? path() + "/new" : action + "/edit");
    model.put("kind", view());
    model.put("entry", entry);
    model.put("form", form);
    model.put("errors", errors.asMap());
    model.put("version", version);
    model.put("action", action);
    model.put("note", FormInput.clean(ctx.formParam("note")));
    model.put("correction", ctx.formParam("correction") != null);
    model.put("warnings", List.of());
    model.put("conflict", null);
    model.putAll(kind.options(h, form));
    return model;
  }

  KindView view() {
    return new KindView(kind.noun(), kind.plural(), path(), kind.fieldsTemplate());
  }
}
