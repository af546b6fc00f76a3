package storyline.admin;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import storyline.revision.RevisionDao;
import storyline.web.Json;
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

  /**
   * 409: the saved version beside the editor's, with the form merged three ways from the version
   * the editor loaded ({@code base}, null when it is not known), so that saving again keeps what
   * the other editor changed and what this one did, and asks about what both changed.
   */
  void conflict(Context ctx, Handle h, F mine, R current, F base) {
    Entry entry = kind.describe(current);
    F theirs = kind.formOf(h, current);
    F merged = FormMerge.merge(base, theirs, mine);
    EntryEditPage page =
        page(ctx, merged, entry, entry.version(), new FieldErrors())
            .withConflict(
                ConflictView.of(
                    base == null ? null : kind.values(h, base),
                    kind.values(h, theirs),
                    kind.values(h, mine)));
    ctx.status(HttpStatus.CONFLICT);
    show(ctx, h, merged, page);
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
        null,
        InsideCreation.typed(ctx, kind));
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
    return new KindView(
        kind.noun(),
        kind.plural(),
        path(),
        kind.fieldsTemplate(),
        kind.hasRows(),
        !kind.inside().isEmpty(),
        kind.archiving());
  }

  /** The form as the editor loaded it: the version their save was based on, from its history. */
  F loaded(Handle h, long id, int version, Json json) {
    return h.attach(RevisionDao.class).listForEntity(kind.type(), id).stream()
        .filter(r -> r.version() == version)
        .findFirst()
        .map(
            r ->
                kind.formOfSnapshot(
                    h, Snapshots.upgraded(kind.type(), json.readTree(r.snapshot()))))
        .orElse(null);
  }

  /** The entry the request's path names; 404 when there is none. */
  R load(Handle h, Context ctx) {
    long id;
    try {
      id = Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      throw new NotFoundResponse("There is no " + kind.noun() + " with that number.");
    }
    return kind.find(h, id)
        .orElseThrow(
            () -> new NotFoundResponse("There is no " + kind.noun() + " with that number."));
  }
}
