package storyline.web;

import io.javalin.http.Context;

/**
 * The headers every response carries. The content security policy allows no inline script or style
 * and nothing from another origin; pages are built to need neither.
 */
public final class SecurityHeaders {
  static final String POLICY =
      String.join(
          "; ",
          "default-src 'none'",
          "style-src 'self'",
          "img-src 'self' data:",
          "script-src 'self'",
          "form-action 'self'",
          "base-uri 'none'",
          "frame-ancestors 'none'");

  private SecurityHeaders() {}

  public static void apply(Context ctx) {
    ctx.header("Content-Security-Policy", POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "strict-origin-when-cross-origin");
    ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
  }
}
