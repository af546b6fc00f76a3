package storyline.admin;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;
import storyline.db.Conflicts;
import storyline.revision.ChangeKind;
import storyline.revision.RevisionAction;
import storyline.revision.RevisionLog;

/** The signed-in editor's own account: changing their password, which ends their other sessions. */
public final class AccountController {
  private final Jdbi jdbi;
  private final AdminPages pages;
  private final Passwords passwords;
  private final Clock clock;
  private final Sessions sessions;
  private final AccountHistory history;

  public AccountController(
      Jdbi jdbi,
      AdminPages pages,
      Passwords passwords,
      RevisionLog log,
      Clock clock,
      Sessions sessions) {
    this.jdbi = jdbi;
    this.pages = pages;
    this.passwords = passwords;
    this.clock = clock;
    this.sessions = sessions;
    this.history = new AccountHistory(log, clock);
  }

  public void accountForm(Context ctx) {
    renderAccount(ctx, HttpStatus.OK, new FieldErrors());
  }

  public void changeOwnPassword(Context ctx) {
    Editor me = AdminPages.signedIn(ctx).editor();
    String current = ctx.formParam("current_password");
    String next = ctx.formParam("new_password");
    FieldErrors errors = new FieldErrors();
    if (current == null || !passwords.matches(current, me.passwordHash())) {
      errors.add("current_password", "That is not your current password.");
    }
    String problem = Passwords.problemWith(next);
    if (problem != null) {
      errors.add("new_password", problem);
    } else if (!next.equals(ctx.formParam("confirm_password"))) {
      errors.add("confirm_password", "The two new passwords are not the same.");
    }
    if (!errors.isEmpty()) {
      renderAccount(ctx, HttpStatus.UNPROCESSABLE_CONTENT, errors);
      return;
    }
    Conflicts.transaction(
        jdbi,
        h -> {
          h.attach(EditorDao.class).setPassword(me.id(), passwords.hash(next), clock.instant());
          h.attach(SessionDao.class).deleteForEditor(me.id());
          history.record(
              ctx,
              h,
              h.attach(EditorDao.class).findById(me.id()).orElseThrow(),
              RevisionAction.UPDATE,
              ChangeKind.UPDATE,
              "Changed own password:");
        });
    sessions.flash(
        sessions.start(ctx, me.id()),
        "Your password has been changed, and every other session of yours ended.");
    ctx.redirect("/admin/account", HttpStatus.SEE_OTHER);
  }

  private void renderAccount(Context ctx, HttpStatus status, FieldErrors errors) {
    ctx.status(status);
    AdminPages.render(
        ctx,
        "admin/account",
        pages.frame(ctx, "Your account", "/admin/account"),
        new AccountPage(errors.asMap()));
  }
}
