package storyline.admin;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import storyline.db.Conflicts;
import storyline.revision.Revision;
import storyline.revision.RevisionAction;
import storyline.revision.RevisionDao;
import storyline.revision.RevisionLog;
import storyline.web.Json;

/**
 * The admin pages of one kind of entry: list, new, edit, archive, restore and history. Every save
 * carries the version it was based on; a stale one is a 409 that shows both versions, so nothing
 * typed is lost. Every change writes a revision.
 */
public final class EntryController<R, F> {
  private final EntryKind<R, F> kind;
  private final Jdbi jdbi;
  private final AdminPages pages;
  private final RevisionLog log;
  private final Json json;
  private final Clock clock;
  private final Derived derived;
  private final EntryFormPage<R, F> forms;
  private final InsideCreation<F> inside;
  private final EntryArchiving<R, F> archiving;

  public EntryController(
      EntryKind<R, F> kind,
      Jdbi jdbi,
      AdminPages pages,
      RevisionLog log,
      Json json,
      Clock clock,
      Derived derived) {
    this.kind = kind;
    this.jdbi = jdbi;
    this.pages = pages;
    this.log = log;
    this.json = json;
    this.clock = clock;
    this.derived = derived;
    this.forms = new EntryFormPage<>(kind, pages, path());
    this.inside = new InsideCreation<>(kind, forms::render, pages, log, clock, derived);
    this.archiving = new EntryArchiving<>(kind, jdbi, pages, log, clock, derived, forms, path());
  }

  public String path() {
    return "/admin/" + kind.type().table();
  }

  public void list(Context ctx) {
    EntryListPage page = jdbi.withHandle(h -> EntryListPage.read(h, ctx, kind, forms.view()));
    AdminPages.render(ctx, "admin/list", pages.frame(ctx, kind.plural(), path()), page);
  }

  public void newForm(Context ctx) {
    jdbi.useHandle(
        h -> forms.render(ctx, h, HttpStatus.OK, kind.blank(h, ctx), null, 0, new FieldErrors()));
  }

  public void create(Context ctx) {
    F form = kind.read(new FormInput(ctx));
    SaveMeta meta = SaveMeta.read(ctx);
    if (SaveMeta.wantsMoreRows(ctx)) {
      jdbi.useHandle(h -> forms.render(ctx, h, HttpStatus.OK, form, null, 0, new FieldErrors()));
      return;
    }
    Conflicts.transaction(
        jdbi,
        h -> {
          if (inside.handled(ctx, h, form, null, 0)) {
            return;
          }
          FieldErrors errors = kind.validate(h, form, null);
          meta.check(errors);
          if (!errors.isEmpty()) {
            forms.render(ctx, h, HttpStatus.UNPROCESSABLE_CONTENT, form, null, 0, errors);
            return;
          }
          List<EntryKind.Warning> warnings = kind.warnings(h, form, null);
          if (!warnings.isEmpty() && !meta.confirmed()) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            forms.show(ctx, h, form, forms.page(ctx, form, null, 0, errors).withWarnings(warnings));
            return;
          }
          SaveContext save = meta.context(ctx, h, clock.instant(), log);
          Entry entry = kind.add(save, form);
          long id = entry.id();
          derived.saved(h, kind.type(), id, null, entry.storyId(), save.now());
          pages.flash(ctx, "Saved the new " + kind.noun() + " “" + entry.title() + "”.");
          ctx.redirect(
              ANOTHER.equals(ctx.formParam(THEN)) ? another(entry) : path() + "/" + id + "/edit",
              HttpStatus.SEE_OTHER);
        });
  }

  /** The name of the button that says what to show after creating an entry. */
  static final String THEN = "_then";

  /** Its value for a new, empty form of the same kind: entering many actors one after another. */
  static final String ANOTHER = "another";

  /** The next new entry's form; in the same story, for kinds whose entries belong to one. */
  private String another(Entry created) {
    return path()
        + "/new"
        + (kind.table().inStories() && created.storyId() != null
            ? "?story_id=" + created.storyId()
            : "");
  }

  public void editForm(Context ctx) {
    jdbi.useHandle(
        h -> {
          R row = forms.load(h, ctx);
          Entry entry = kind.describe(row);
          forms.render(
              ctx,
              h,
              HttpStatus.OK,
              kind.formOf(h, row),
              entry,
              entry.version(),
              new FieldErrors());
        });
  }

  public void update(Context ctx) {
    F form = kind.read(new FormInput(ctx));
    SaveMeta meta = SaveMeta.read(ctx);
    Conflicts.transaction(
        jdbi,
        h -> {
          R current = forms.load(h, ctx);
          Entry entry = kind.describe(current);
          if (SaveMeta.wantsMoreRows(ctx)) {
            forms.render(ctx, h, HttpStatus.OK, form, entry, meta.version(), new FieldErrors());
            return;
          }
          if (inside.handled(ctx, h, form, entry, meta.version())) {
            return;
          }
          FieldErrors errors = kind.validate(h, form, entry.id());
          meta.check(errors);
          if (!errors.isEmpty()) {
            forms.render(
                ctx, h, HttpStatus.UNPROCESSABLE_CONTENT, form, entry, meta.version(), errors);
            return;
          }
          save(ctx, h, meta, current, form, null);
        });
  }

  public void archive(Context ctx) {
    archiving.set(ctx, true);
  }

  public void restore(Context ctx) {
    archiving.set(ctx, false);
  }

  public void history(Context ctx) {
    jdbi.useHandle(
        h -> {
          R row = forms.load(h, ctx);
          Entry entry = kind.describe(row);
          List<Revision> revisions =
              h.attach(RevisionDao.class).listForEntity(kind.type(), entry.id());
          Optional<HistoryView.Diff> diff =
              HistoryView.diff(
                  revisions,
                  ctx.queryParam("from"),
                  ctx.queryParam("to"),
                  json,
                  (table, id) -> AdminTable.nameOf(h, table, id),
                  kind.noun());
          EntryHistoryPage page =
              new EntryHistoryPage(
                  forms.view(),
                  entry,
                  HistoryView.rows(revisions, h.attach(EditorDao.class).list()),
                  diff.orElse(null));
          AdminPages.render(
              ctx,
              "admin/history",
              pages.frame(
                  ctx, "History of " + entry.title(), path() + "/" + entry.id() + "/history"),
              page);
        });
  }

  /** Saves an earlier version's snapshot as the newest version. */
  public void restoreRevision(Context ctx) {
    SaveMeta meta = SaveMeta.read(ctx);
    Conflicts.transaction(
        jdbi,
        h -> {
          R current = forms.load(h, ctx);
          Entry entry = kind.describe(current);
          Revision revision =
              h.attach(RevisionDao.class).listForEntity(kind.type(), entry.id()).stream()
                  .filter(r -> String.valueOf(r.id()).equals(ctx.pathParam("revision")))
                  .findFirst()
                  .orElseThrow(
                      () -> new NotFoundResponse("There is no such version of this entry."));
          F form =
              kind.formOfSnapshot(
                  h, Snapshots.upgraded(kind.type(), json.readTree(revision.snapshot())));
          FieldErrors errors = kind.validate(h, form, entry.id());
          if (!errors.isEmpty()) {
            errors.add(
                "version",
                "Version "
                    + revision.version()
                    + " cannot be restored as it was; correct it here and save.");
            forms.render(
                ctx, h, HttpStatus.UNPROCESSABLE_CONTENT, form, entry, meta.version(), errors);
            return;
          }
          save(ctx, h, meta, current, form, revision.version());
        });
  }

  private void save(Context ctx, Handle h, SaveMeta meta, R current, F form, Integer restoring) {
    Entry before = kind.describe(current);
    SaveContext save = meta.context(ctx, h, clock.instant(), log);
    if (meta.version() != before.version() || !kind.update(save, current, meta.version(), form)) {
      h.rollback();
      forms.conflict(
          ctx,
          h,
          form,
          kind.find(h, before.id()).orElseThrow(),
          forms.loaded(h, before.id(), meta.version(), json));
      return;
    }
    R after = kind.find(h, before.id()).orElseThrow();
    Entry saved = kind.describe(after);
    Change change = kind.change(current, after, meta.correction());
    String headline =
        restoring == null
            ? change.headline()
            : "Restored version " + restoring + " of " + kind.noun() + ": " + saved.title();
    save.record(
        kind.type(),
        saved.id(),
        saved.version(),
        restoring == null ? RevisionAction.UPDATE : RevisionAction.RESTORE,
        change.kind(),
        headline,
        saved.storyId(),
        kind.snapshot(h, saved.id()));
    derived.saved(h, kind.type(), saved.id(), before.storyId(), saved.storyId(), save.now());
    pages.flash(
        ctx,
        restoring == null
            ? "Saved."
            : "Restored version " + restoring + " as version " + saved.version() + ".");
    ctx.redirect(path() + "/" + saved.id() + "/edit", HttpStatus.SEE_OTHER);
  }
}
