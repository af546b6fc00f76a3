package storyline.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

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

  /** The headers, in the order they are sent. */
  static final List<Map.Entry<String, String>> HEADERS =
      List.of(
          Map.entry("Content-Security-Policy", POLICY),
          Map.entry("X-Content-Type-Options", "nosniff"),
          Map.entry("X-Frame-Options", "DENY"),
          Map.entry("Referrer-Policy", "strict-origin-when-cross-origin"),
          Map.entry("Permissions-Policy", "camera=(), microphone=(), geolocation=()"),
          Map.entry("Cross-Origin-Opener-Policy", "same-origin"));

  public static void apply(Context ctx) {
    HEADERS.forEach(header -> ctx.header(header.getKey(), header.getValue()));
  }
}
