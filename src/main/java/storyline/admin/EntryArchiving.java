package storyline.admin;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;
import storyline.db.Conflicts;
import storyline.revision.ChangeKind;
import storyline.revision.RevisionAction;
import storyline.revision.RevisionLog;

/**
 * Withdrawing an entry from readers and restoring it: a version-checked change of its archived
 * mark, with its revision, as every other save.
 */
final class EntryArchiving<R, F> {
  private final EntryKind<R, F> kind;
  private final Jdbi jdbi;
  private final AdminPages pages;
  private final RevisionLog log;
  private final Clock clock;
  private final Derived derived;
  private final EntryFormPage<R, F> forms;
  private final String path;

  EntryArchiving(
      EntryKind<R, F> kind,
      Jdbi jdbi,
      AdminPages pages,
      RevisionLog log,
      Clock clock,
      Derived derived,
      EntryFormPage<R, F> forms,
      String path) {
    this.kind = kind;
    this.jdbi = jdbi;
    this.pages = pages;
    this.log = log;
    this.clock = clock;
    this.derived = derived;
    this.forms = forms;
    this.path = path;
  }

  private String path() {
    return path;
  }

  /** Archives the entry the path names, or restores it, as {@code archive} says. */
  void set(Context ctx, boolean archive) {
    SaveMeta meta = SaveMeta.read(ctx);
    Conflicts.transaction(
        jdbi,
        h -> {
          R current = forms.load(h, ctx);
          Entry entry = kind.describe(current);
          if (entry.archived() == archive) {
            pages.flash(
                ctx, "It was already " + (archive ? kind.archiving().archived() : "current") + ".");
            ctx.redirect(path() + "/" + entry.id() + "/edit", HttpStatus.SEE_OTHER);
            return;
          }
          int changed =
              h.createUpdate(
                      """
                      UPDATE <table> SET archived_at = :archivedAt, updated_at = :now,
                             version = version + 1
                       WHERE id = :id AND version = :version
                      """)
                  .define("table", kind.type().table())
                  .bind("archivedAt", archive ? clock.instant() : null)
                  .bind("now", clock.instant())
                  .bind("id", entry.id())
                  .bind("version", meta.version())
                  .execute();
          if (changed == 0) {
            forms.conflict(ctx, h, kind.formOf(h, current), current, null);
            return;
          }
          Entry saved = kind.describe(kind.find(h, entry.id()).orElseThrow());
          SaveContext save = meta.context(ctx, h, clock.instant(), log);
          save.record(
              kind.type(),
              saved.id(),
              saved.version(),
              archive ? RevisionAction.ARCHIVE : RevisionAction.RESTORE,
              archive ? ChangeKind.ARCHIVAL : ChangeKind.RESTORATION,
              (archive ? "Withdrawn " : "Restored ") + kind.noun() + ": " + saved.title(),
              saved.storyId(),
              kind.snapshot(h, saved.id()));
          derived.saved(h, kind.type(), saved.id(), entry.storyId(), saved.storyId(), save.now());
          pages.flash(ctx, archive ? kind.archiving().done() : kind.archiving().undone());
          ctx.redirect(path() + "/" + saved.id() + "/edit", HttpStatus.SEE_OTHER);
        });
  }
}
