package storyline.admin;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import storyline.web.ClientAddress;
import storyline.web.Page;
import storyline.web.PageFields;
import storyline.web.Text;

/** Signing in and out. */
public final class AuthController {
  static final String LOGIN_COOKIE = "storyline_login";
  static final String WRONG = "That username and password do not match an account.";

  private final Sessions sessions;
  private final EditorDao editors;
  private final Passwords passwords;
  private final LoginThrottle throttle;
  private final AdminPages pages;
  private final ClientAddress clients;

  public AuthController(
      Sessions sessions,
      EditorDao editors,
      Passwords passwords,
      LoginThrottle throttle,
      AdminPages pages,
      ClientAddress clients) {
    this.pages = pages;
    this.clients = clients;
    this.sessions = sessions;
    this.editors = editors;
    this.passwords = passwords;
    this.throttle = throttle;
  }

  public void loginForm(Context ctx) {
    if (sessions.current(ctx).isPresent()) {
      ctx.redirect(AdminForms.safeNext(ctx.queryParam("next")), HttpStatus.SEE_OTHER);
      return;
    }
    render(ctx, HttpStatus.OK, "", null, ctx.queryParam("next"), null, null);
  }

  public void login(Context ctx) {
    if (!Sessions.same(ctx.cookie(LOGIN_COOKIE), ctx.formParam(AdminForms.CSRF_FIELD))) {
      throw new ForbiddenResponse(
          "The sign-in form has expired, so nothing was checked. Reload it and try again.");
    }
    String username = trimmed(ctx.formParam("username"));
    String password = ctx.formParam("password") == null ? "" : ctx.formParam("password");
    String next = ctx.formParam("next");
    String address = clients.of(ctx);
    Optional<Duration> busy = throttle.addressBusy(address);
    if (busy.isPresent()) {
      refuse(ctx, busy.get(), username, BUSY, next);
      return;
    }
    Optional<Duration> locked = throttle.lockedFor(address, username);
    if (locked.isPresent()) {
      refuse(ctx, locked.get(), username, lockedMessage(locked.get().toSeconds()), next);
      return;
    }
    if (!throttle.attempt(address, username)) {
      Duration wait = throttle.lockedFor(address, username).orElse(Duration.ofMinutes(1));
      refuse(ctx, wait, username, lockedMessage(wait.toSeconds()), next);
      return;
    }
    if (!throttle.startChecking(address)) {
      refuse(ctx, Duration.ofSeconds(1), username, BUSY, next);
      return;
    }
    Optional<Editor> editor;
    boolean matches;
    try {
      editor = editors.findByUsername(LoginThrottle.key(username)).filter(e -> !e.disabled());
      if (editor.isPresent()) {
        matches = passwords.matches(password, editor.get().passwordHash());
      } else {
        passwords.spendCheckingTime(password);
        matches = false;
      }
    } finally {
      throttle.doneChecking(address);
    }
    if (!matches) {
      render(
          ctx,
          HttpStatus.UNPROCESSABLE_CONTENT,
          username,
          WRONG,
          next,
          ctx.formParam(RESUME_ACTION),
          ctx.formParam(RESUME_FIELDS));
      return;
    }
    throttle.succeeded(address, username);
    sessions.end(ctx);
    String tokenHash = sessions.start(ctx, editor.get().id());
    String resumeAction = ctx.formParam(RESUME_ACTION);
    if (resumeAction != null && AdminForms.safeNext(resumeAction).equals(resumeAction)) {
      ctx.attribute(
          AdminPages.SIGNED_IN, new SignedIn(editor.get(), tokenHash, sessions.csrfOf(tokenHash)));
      resume(
          ctx,
          HttpStatus.OK,
          resumeAction,
          decode(ctx.formParam(RESUME_FIELDS)),
          "You are signed in again. Nothing has been saved yet: check what you typed below and"
              + " save it.");
      return;
    }
    ctx.redirect(AdminForms.safeNext(next), HttpStatus.SEE_OTHER);
  }

  static final String RESUME_ACTION = "_resume_action";
  static final String RESUME_FIELDS = "_resume_fields";

  /**
   * Answers a form sent after its session ended: nothing is saved, and the sign-in form comes back
   * carrying what was typed (passwords aside), to be saved once the editor has signed in again.
   */
  public void signInToResume(Context ctx) {
    render(ctx, HttpStatus.FORBIDDEN, "", null, "/admin", ctx.path(), encode(carried(ctx)));
  }

  /**
   * Answers a form whose token is stale for the signed-in editor (an old tab, a session signed in
   * again elsewhere): nothing is saved, and what was typed comes back, ready to save with the
   * current token.
   */
  public void staleForm(Context ctx) {
    resume(
        ctx,
        HttpStatus.FORBIDDEN,
        ctx.path(),
        carried(ctx),
        "This form was out of date (it was opened before you last signed in, or in another"
            + " session), so nothing was saved. What you typed is below: save it again if it is"
            + " still what you mean.");
  }

  private void resume(
      Context ctx, HttpStatus status, String action, List<KeptField> fields, String message) {
    ctx.status(status);
    AdminPages.render(
        ctx,
        "admin/resume",
        pages.frame(ctx, "Save what you typed", action),
        new ResumePage(action, fields, message));
  }

  /** Every field sent but the token and passwords, which are never written into a page. */
  static List<KeptField> carried(Context ctx) {
    List<KeptField> fields = new ArrayList<>();
    ctx.formParamMap()
        .forEach(
            (name, values) -> {
              String lower = name.toLowerCase(Locale.ROOT);
              if (!name.equals(AdminForms.CSRF_FIELD)
                  && !lower.contains("password")
                  && !name.startsWith("_resume")) {
                values.forEach(value -> fields.add(new KeptField(name, Text.clean(value))));
              }
            });
    return fields;
  }

  static String encode(List<KeptField> fields) {
    StringBuilder out = new StringBuilder();
    for (KeptField field : fields) {
      if (out.length() > 0) {
        out.append('&');
      }
      out.append(URLEncoder.encode(field.name(), StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(field.value(), StandardCharsets.UTF_8));
    }
    return out.toString();
  }

  static List<KeptField> decode(String encoded) {
    List<KeptField> fields = new ArrayList<>();
    if (encoded == null || encoded.isEmpty()) {
      return fields;
    }
    for (String pair : encoded.split("&")) {
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      try {
        fields.add(
            new KeptField(
                URLDecoder.decode(name, StandardCharsets.UTF_8),
                URLDecoder.decode(value, StandardCharsets.UTF_8)));
      } catch (IllegalArgumentException malformed) {
        // A field someone tampered with is left out, not failed on.
      }
    }
    return fields;
  }

  public void logout(Context ctx) {
    sessions.end(ctx);
    ctx.redirect("/admin/login?signed-out", HttpStatus.SEE_OTHER);
  }

  static final String BUSY =
      "Too many sign-ins from your network at once. Wait a moment and try again.";

  private void refuse(Context ctx, Duration wait, String username, String message, String next) {
    ctx.header("Retry-After", String.valueOf(Math.max(1, wait.toSeconds())));
    render(
        ctx,
        HttpStatus.TOO_MANY_REQUESTS,
        username,
        message,
        next,
        ctx.formParam(RESUME_ACTION),
        ctx.formParam(RESUME_FIELDS));
  }

  static String lockedMessage(long seconds) {
    long minutes = (seconds + 59) / 60;
    return "Too many failed sign-ins for this username. Try again in "
        + minutes
        + (minutes == 1 ? " minute." : " minutes.");
  }

  private void render(
      Context ctx,
      HttpStatus status,
      String username,
      String error,
      String next,
      String resumeAction,
      String resumeFields) {
    String token = sessions.randomToken();
    sessions.setCookie(ctx, LOGIN_COOKIE, token, "/admin/login", 3600);
    boolean resuming =
        resumeAction != null && AdminForms.safeNext(resumeAction).equals(resumeAction);
    LoginPage page =
        new LoginPage(
            username,
            error,
            AdminForms.safeNext(next),
            token,
            ctx.queryParam("signed-out") != null,
            resuming ? resumeAction : null,
            resuming ? resumeFields : null,
            resuming ? decode(resumeFields) : List.of(),
            Page.of("Sign in", "Sign in to edit Storyline.", "/admin/login", "admin"));
    ctx.status(status);
    ctx.render("admin/login", PageFields.of(page));
  }

  private static String trimmed(String value) {
    return value == null ? "" : value.strip();
  }
}
