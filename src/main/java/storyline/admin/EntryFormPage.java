package storyline.admin;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import storyline.web.PageFields;

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
    EntryEditPage page =
        page(ctx, theirs, entry, entry.version(), new FieldErrors())
            .withConflict(
                ConflictView.of(kind.values(h, kind.formOf(h, current)), kind.values(h, theirs)));
    ctx.status(HttpStatus.CONFLICT);
    show(ctx, h, theirs, page);
  }

  void render(
      Context ctx,
      Handle h,
      HttpStatus status,
      F form,
      Entry entry,
      int version,
      FieldErrors errors) {
    ctx.status(status);
    show(ctx, h, form, page(ctx, form, entry, version, errors));
  }

  /** The form's page, with what the editor typed beside the entry's note and correction mark. */
  EntryEditPage page(Context ctx, F form, Entry entry, int version, FieldErrors errors) {
    String action = entry == null ? path() : path() + "/" + entry.id();
    return new EntryEditPage(
        view(),
        entry,
        form,
        errors.asMap(),
        version,
        action,
        FormInput.clean(ctx.formParam("note")),
        ctx.formParam("correction") != null,
        List.of(),
        null);
  }

  /** Renders the page in its frame, with the kind's choices for its selects beside it. */
  void show(Context ctx, Handle h, F form, EntryEditPage page) {
    Entry entry = page.entry();
    String title =
        entry == null ? "New " + kind.noun() : "Edit " + kind.noun() + ": " + entry.title();
    AdminFrame frame =
        pages.frame(ctx, title, entry == null ? path() + "/new" : page.action() + "/edit");
    Map<String, Object> model = PageFields.of(frame, page);
    model.putAll(kind.options(h, form));
    ctx.render("admin/edit", model);
  }

  KindView view() {
    return new KindView(kind.noun(), kind.plural(), path(), kind.fieldsTemplate());
  }
}
