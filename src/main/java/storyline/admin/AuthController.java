package storyline.admin;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import storyline.web.Page;

/** Signing in and out. */
public final class AuthController {
  static final String LOGIN_COOKIE = "storyline_login";
  static final String WRONG = "That username and password do not match an account.";

  private final Sessions sessions;
  private final EditorDao editors;
  private final Passwords passwords;
  private final LoginThrottle throttle;

  public AuthController(
      Sessions sessions, EditorDao editors, Passwords passwords, LoginThrottle throttle) {
    this.sessions = sessions;
    this.editors = editors;
    this.passwords = passwords;
    this.throttle = throttle;
  }

  public void loginForm(Context ctx) {
    if (sessions.current(ctx).isPresent()) {
      ctx.redirect(AdminGate.safeNext(ctx.queryParam("next")), HttpStatus.SEE_OTHER);
      return;
    }
    render(ctx, HttpStatus.OK, "", null, ctx.queryParam("next"));
  }

  public void login(Context ctx) {
    if (!Sessions.same(ctx.cookie(LOGIN_COOKIE), ctx.formParam(AdminGate.CSRF_FIELD))) {
      throw new ForbiddenResponse(
          "The sign-in form has expired, so nothing was checked. Reload it and try again.");
    }
    String username = trimmed(ctx.formParam("username"));
    String password = ctx.formParam("password") == null ? "" : ctx.formParam("password");
    String next = ctx.formParam("next");
    Optional<Duration> locked = throttle.lockedFor(username);
    if (locked.isPresent()) {
      long seconds = Math.max(1, locked.get().toSeconds());
      ctx.header("Retry-After", String.valueOf(seconds));
      render(ctx, HttpStatus.TOO_MANY_REQUESTS, username, lockedMessage(seconds), next);
      return;
    }
    if (!throttle.attempt(username)) {
      long seconds = throttle.lockedFor(username).map(Duration::toSeconds).orElse(60L);
      ctx.header("Retry-After", String.valueOf(Math.max(1, seconds)));
      render(ctx, HttpStatus.TOO_MANY_REQUESTS, username, lockedMessage(seconds), next);
      return;
    }
    Optional<Editor> editor =
        editors.findByUsername(LoginThrottle.key(username)).filter(e -> !e.disabled());
    boolean matches;
    if (editor.isPresent()) {
      matches = passwords.matches(password, editor.get().passwordHash());
    } else {
      passwords.spendCheckingTime(password);
      matches = false;
    }
    if (!matches) {
      render(ctx, HttpStatus.UNPROCESSABLE_CONTENT, username, WRONG, next);
      return;
    }
    throttle.succeeded(username);
    sessions.end(ctx);
    sessions.start(ctx, editor.get().id());
    ctx.redirect(AdminGate.safeNext(next), HttpStatus.SEE_OTHER);
  }

  public void logout(Context ctx) {
    sessions.end(ctx);
    ctx.redirect("/admin/login?signed-out", HttpStatus.SEE_OTHER);
  }

  static String lockedMessage(long seconds) {
    long minutes = (seconds + 59) / 60;
    return "Too many failed sign-ins for this username. Try again in "
        + minutes
        + (minutes == 1 ? " minute." : " minutes.");
  }

  private void render(Context ctx, HttpStatus status, String username, String error, String next) {
    String token = sessions.randomToken();
    sessions.setCookie(ctx, LOGIN_COOKIE, token, "/admin/login", 3600);
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("username", username);
    model.put("error", error);
    model.put("next", AdminGate.safeNext(next));
    model.put("csrf", token);
    model.put("signedOut", ctx.queryParam("signed-out") != null);
    model.put("page", Page.of("Sign in", "Sign in to edit Storyline.", "/admin/login", "admin"));
    ctx.status(status);
    ctx.render("admin/login", model);
  }

  private static String trimmed(String value) {
    return value == null ? "" : value.strip();
  }
}
