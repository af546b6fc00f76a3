package storyline.admin;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import storyline.db.Coded;
import storyline.db.Conflicts;
import storyline.revision.ChangeKind;
import storyline.revision.EntityType;
import storyline.revision.RevisionAction;
import storyline.revision.RevisionLog;

/**
 * Editors' accounts: admins create editors, change their role, reset their passwords and disable
 * them; every editor changes their own password. Account changes are revisions too, without the
 * password hashes.
 */
public final class AccountsController {
  private final Jdbi jdbi;
  private final AdminPages pages;
  private final Passwords passwords;
  private final RevisionLog log;
  private final Clock clock;
  private final Sessions sessions;
  private final AccountHistory history;

  public AccountsController(
      Jdbi jdbi,
      AdminPages pages,
      Passwords passwords,
      RevisionLog log,
      Clock clock,
      Sessions sessions) {
    this.jdbi = jdbi;
    this.pages = pages;
    this.passwords = passwords;
    this.log = log;
    this.clock = clock;
    this.sessions = sessions;
    this.history = new AccountHistory(log, clock);
  }

  public void list(Context ctx) {
    EditorsPage page = new EditorsPage(jdbi.withHandle(h -> h.attach(EditorDao.class).list()));
    AdminPages.render(ctx, "admin/editors", pages.frame(ctx, "Editors", "/admin/editors"), page);
  }

  public void newForm(Context ctx) {
    renderEditor(
        ctx, HttpStatus.OK, null, Map.of("role", EditorRole.EDITOR.code()), new FieldErrors());
  }

  public void create(Context ctx) {
    FormInput in = new FormInput(ctx);
    String username = in.get("username").toLowerCase(java.util.Locale.ROOT);
    Map<String, String> values = new LinkedHashMap<>();
    values.put("username", username);
    values.put("display_name", in.get("display_name"));
    values.put("role", in.get("role"));
    FieldErrors errors = new FieldErrors();
    if (!username.matches("[a-z0-9][a-z0-9._-]{1,39}")) {
      errors.add(
          "username", "Use 2 to 40 lower-case letters, digits, dots, hyphens or underscores.");
    }
    errors.line("display_name", "display name", values.get("display_name"), 100, true);
    errors.oneOf("role", "role", values.get("role"), EditorRole.class, true);
    String problem = Passwords.problemWith(ctx.formParam("password"));
    if (problem != null) {
      errors.add("password", problem);
    }
    Conflicts.transaction(
        jdbi,
        h -> {
          EditorDao editors = h.attach(EditorDao.class);
          if (!errors.has("username") && editors.findByUsername(username).isPresent()) {
            errors.add("username", "Another account already has this username.");
          }
          if (!errors.isEmpty()) {
            renderEditor(ctx, HttpStatus.UNPROCESSABLE_CONTENT, null, values, errors);
            return;
          }
          long id =
              AdminTable.insert(
                  h,
                  EntityType.EDITOR,
                  AdminTable.columns(
                      "username", username,
                      "display_name", values.get("display_name"),
                      "password_hash", passwords.hash(ctx.formParam("password")),
                      "role", Coded.parse(EditorRole.class, values.get("role")).orElseThrow()),
                  clock.instant());
          history.record(
              ctx,
              h,
              editors.findById(id).orElseThrow(),
              RevisionAction.CREATE,
              ChangeKind.ADDITION,
              "Added editor");
          pages.flash(ctx, "Created the account “" + username + "”.");
          ctx.redirect("/admin/editors", HttpStatus.SEE_OTHER);
        });
  }

  public void editForm(Context ctx) {
    Editor editor = jdbi.withHandle(h -> load(h, ctx));
    renderEditor(ctx, HttpStatus.OK, editor, valuesOf(editor), new FieldErrors());
  }

  public void update(Context ctx) {
    FormInput in = new FormInput(ctx);
    Map<String, String> values = new LinkedHashMap<>();
    values.put("display_name", in.get("display_name"));
    values.put("role", in.get("role"));
    values.put("disabled", in.checked("disabled") ? "true" : "");
    values.put("version", in.get("version"));
    Conflicts.transaction(
        jdbi,
        h -> {
          Editor editor = load(h, ctx);
          FieldErrors errors = new FieldErrors();
          errors.line("display_name", "display name", values.get("display_name"), 100, true);
          errors.oneOf("role", "role", values.get("role"), EditorRole.class, true);
          boolean self = editor.id() == AdminPages.signedIn(ctx).editor().id();
          if (self
              && (in.checked("disabled") || !EditorRole.ADMIN.code().equals(values.get("role")))) {
            errors.add(
                "role", "You cannot disable your own account or take away your own admin role.");
          }
          if (!errors.isEmpty()) {
            renderEditor(ctx, HttpStatus.UNPROCESSABLE_CONTENT, editor, values, errors);
            return;
          }
          EditorDao editors = h.attach(EditorDao.class);
          boolean saved =
              AdminTable.update(
                  h,
                  EntityType.EDITOR,
                  editor.id(),
                  version(in),
                  AdminTable.columns(
                      "display_name", values.get("display_name"),
                      "role", Coded.parse(EditorRole.class, values.get("role")).orElseThrow(),
                      "disabled", in.checked("disabled")),
                  clock.instant());
          if (!saved) {
            // As for every kind: the saved version beside the editor's, whose values stay in the
            // form at the version now saved, to apply them over it by saving again.
            Editor current = editors.findById(editor.id()).orElseThrow();
            List<ConflictView.Row> rows =
                ConflictView.of(labelled(valuesOf(current)), labelled(values));
            values.put("version", String.valueOf(current.version()));
            renderEditor(ctx, HttpStatus.CONFLICT, current, values, errors, rows);
            return;
          }
          Editor after = editors.findById(editor.id()).orElseThrow();
          if (after.disabled()) {
            h.attach(SessionDao.class).deleteForEditor(after.id());
          }
          history.record(ctx, h, after, RevisionAction.UPDATE, ChangeKind.UPDATE, "Updated editor");
          pages.flash(ctx, "Saved the account “" + after.username() + "”.");
          ctx.redirect("/admin/editors", HttpStatus.SEE_OTHER);
        });
  }

  public void resetPassword(Context ctx) {
    String password = ctx.formParam("password");
    Conflicts.transaction(
        jdbi,
        h -> {
          Editor editor = load(h, ctx);
          String problem = Passwords.problemWith(password);
          if (problem != null) {
            FieldErrors errors = new FieldErrors();
            errors.add("password", problem);
            renderEditor(ctx, HttpStatus.UNPROCESSABLE_CONTENT, editor, valuesOf(editor), errors);
            return;
          }
          h.attach(EditorDao.class)
              .setPassword(editor.id(), passwords.hash(password), clock.instant());
          h.attach(SessionDao.class).deleteForEditor(editor.id());
          history.record(
              ctx,
              h,
              h.attach(EditorDao.class).findById(editor.id()).orElseThrow(),
              RevisionAction.UPDATE,
              ChangeKind.UPDATE,
              "Reset the password of editor");
          pages.flash(
              ctx,
              "Set a new password for “" + editor.username() + "”; their sessions were ended.");
          ctx.redirect("/admin/editors", HttpStatus.SEE_OTHER);
        });
  }

  /** The account's fields by label, as the conflict table shows them. */
  private static Map<String, String> labelled(Map<String, String> values) {
    Map<String, String> labelled = new LinkedHashMap<>();
    labelled.put("Display name", values.getOrDefault("display_name", ""));
    labelled.put("Role", values.getOrDefault("role", ""));
    labelled.put("Disabled", "true".equals(values.get("disabled")) ? "yes" : "no");
    return labelled;
  }

  private void renderEditor(
      Context ctx,
      HttpStatus status,
      Editor editor,
      Map<String, String> values,
      FieldErrors errors) {
    renderEditor(ctx, status, editor, values, errors, null);
  }

  private void renderEditor(
      Context ctx,
      HttpStatus status,
      Editor editor,
      Map<String, String> values,
      FieldErrors errors,
      List<ConflictView.Row> conflict) {
    String title = editor == null ? "New editor" : "Edit editor: " + editor.username();
    AdminFrame frame =
        pages.frame(
            ctx,
            title,
            editor == null ? "/admin/editors/new" : "/admin/editors/" + editor.id() + "/edit");
    ctx.status(status);
    AdminPages.render(
        ctx,
        "admin/editor",
        frame,
        new EditorPage(editor, values, errors.asMap(), Option.of(EditorRole.class), conflict));
  }

  private static Map<String, String> valuesOf(Editor editor) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("display_name", editor.displayName());
    values.put("role", editor.role().code());
    values.put("disabled", editor.disabled() ? "true" : "");
    values.put("version", String.valueOf(editor.version()));
    return values;
  }

  private static Editor load(Handle h, Context ctx) {
    try {
      return h.attach(EditorDao.class)
          .findById(Long.parseLong(ctx.pathParam("id")))
          .orElseThrow(() -> new NotFoundResponse("There is no editor with that number."));
    } catch (NumberFormatException e) {
      throw new NotFoundResponse("There is no editor with that number.");
    }
  }

  private static int version(FormInput in) {
    try {
      return Integer.parseInt(in.get("version"));
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
