package storyline.admin;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Stands before every /admin route: no caching, a session or a trip to the sign-in page, a valid
 * CSRF token on every POST, and the admin role for the accounts pages.
 */
public final class AdminGate {
  private final Sessions sessions;
  private final AuthController auth;

  public AdminGate(Sessions sessions, AuthController auth) {
    this.sessions = sessions;
    this.auth = auth;
  }

  public void check(Context ctx) {
    ctx.header("Cache-Control", "no-store");
    if (ctx.path().equals("/admin/login")) {
      return;
    }
    Optional<SignedIn> signedIn = sessions.current(ctx);
    boolean post = ctx.method() == HandlerType.POST;
    boolean keepsInput = post && !ctx.path().equals("/admin/logout");
    if (signedIn.isEmpty() && keepsInput) {
      auth.signInToResume(ctx);
      ctx.skipRemainingHandlers();
      return;
    }
    if (signedIn.isEmpty()) {
      String query = ctx.queryString() == null ? "" : "?" + ctx.queryString();
      String back = ctx.method() == HandlerType.GET ? ctx.path() + query : "/admin";
      ctx.redirect(
          "/admin/login?next=" + URLEncoder.encode(back, StandardCharsets.UTF_8),
          HttpStatus.SEE_OTHER);
      ctx.skipRemainingHandlers();
      return;
    }
    if (post && !Sessions.same(signedIn.get().csrf(), ctx.formParam(AdminForms.CSRF_FIELD))) {
      if (keepsInput) {
        ctx.attribute(AdminPages.SIGNED_IN, signedIn.get());
        auth.staleForm(ctx);
        ctx.skipRemainingHandlers();
        return;
      }
      throw new ForbiddenResponse(
          "This form has expired or did not come from Storyline, so nothing was changed."
              + " Go back, reload the page and try again.");
    }
    if (ctx.path().startsWith("/admin/editors") && !signedIn.get().editor().isAdmin()) {
      throw new ForbiddenResponse("Only admins can manage editors' accounts.");
    }
    ctx.attribute(AdminPages.SIGNED_IN, signedIn.get());
  }
}
