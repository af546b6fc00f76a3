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

  /** A year, as the HSTS preload list asks; sent only when the site's address is https. */
  static final String HSTS = "max-age=31536000; includeSubDomains";

  private final List<Map.Entry<String, String>> headers;

  /**
   * @param https whether the site is served over https, when browsers are also told never to reach
   *     it over plain http
   */
  public SecurityHeaders(boolean https) {
    List<Map.Entry<String, String>> all = new java.util.ArrayList<>(COMMON);
    if (https) {
      all.add(Map.entry("Strict-Transport-Security", HSTS));
    }
    this.headers = List.copyOf(all);
  }

  /** The headers common to every site. */
  static final List<Map.Entry<String, String>> COMMON =
      List.of(
          Map.entry("Content-Security-Policy", POLICY),
          Map.entry("X-Content-Type-Options", "nosniff"),
          Map.entry("X-Frame-Options", "DENY"),
          Map.entry("Referrer-Policy", "strict-origin-when-cross-origin"),
          Map.entry("Permissions-Policy", "camera=(), microphone=(), geolocation=()"),
          Map.entry("Cross-Origin-Opener-Policy", "same-origin"));

  /** The headers, in the order they are sent. */
  public List<Map.Entry<String, String>> list() {
    return headers;
  }

  public void apply(Context ctx) {
    headers.forEach(header -> ctx.header(header.getKey(), header.getValue()));
  }

  /** Puts the headers on a response Jetty answers by itself. */
  public void putOn(org.eclipse.jetty.http.HttpFields.Mutable fields) {
    headers.forEach(header -> fields.put(header.getKey(), header.getValue()));
  }
}
