package storyline.admin;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import storyline.web.ClientAddress;

/**
 * Editors' sign-in sessions. The cookie holds a random token; the database holds only its hash, so
 * a copy of the database does not let anyone in. Cookies are HttpOnly, SameSite=Lax, scoped to
 * /admin (public pages never see one), and Secure when the site is served over https.
 *
 * <p>A session lives while it is used: each admin request moves its end to {@link #IDLE} later, so
 * an editor at work is never signed out mid-shift, and one left alone ends after {@link #IDLE}.
 * However busy, a session ends {@link #LONGEST} after sign-in.
 */
public final class Sessions {
  static final String COOKIE = "storyline_session";
  static final Duration IDLE = Duration.ofHours(2);
  static final Duration LONGEST = Duration.ofHours(24);

  /** A session's end is moved at most this often, so reading pages does not write on each one. */
  static final Duration EXTEND_EVERY = Duration.ofMinutes(1);

  private final SessionDao sessions;
  private final EditorDao editors;
  private final Clock clock;
  private final boolean secureSite;
  private final ClientAddress clients;
  private final SecureRandom random = new SecureRandom();

  /**
   * @param secureSite whether the site is published over https (its base URL says so)
   * @param clients tells whether a request came over https through a trusted proxy
   */
  public Sessions(
      SessionDao sessions,
      EditorDao editors,
      Clock clock,
      boolean secureSite,
      ClientAddress clients) {
    this.sessions = sessions;
    this.editors = editors;
    this.clock = clock;
    this.secureSite = secureSite;
    this.clients = clients;
  }

  /**
   * Starts a new session, with a new id, for the editor, and sets its cookie.
   *
   * @return the new session's key, for leaving it a flash message
   */
  public String start(Context ctx, long editorId) {
    Instant now = clock.instant();
    sessions.deleteExpired(now);
    String token = randomToken();
    sessions.insert(hash(token), editorId, randomToken(), now, now.plus(IDLE));
    setCookie(ctx, token, LONGEST.toSeconds());
    return hash(token);
  }

  /** The signed-in editor, if the cookie names a live session of an enabled account. */
  public Optional<SignedIn> current(Context ctx) {
    String token = ctx.cookie(COOKIE);
    if (token == null || token.isBlank()) {
      return Optional.empty();
    }
    String tokenHash = hash(token);
    Instant now = clock.instant();
    return sessions
        .findLive(tokenHash, now)
        .map(row -> extended(row, now))
        .flatMap(
            row ->
                editors
                    .findById(row.editorId())
                    .filter(editor -> !editor.disabled())
                    .map(editor -> new SignedIn(editor, tokenHash, row.csrfToken())));
  }

  /** The session, its end moved to {@link #IDLE} from now, but never past {@link #LONGEST}. */
  private SessionDao.Row extended(SessionDao.Row row, Instant now) {
    Instant latest = row.createdAt().plus(LONGEST);
    Instant end = now.plus(IDLE).isAfter(latest) ? latest : now.plus(IDLE);
    if (end.isAfter(row.expiresAt().plus(EXTEND_EVERY))) {
      sessions.extend(row.tokenHash(), end);
    }
    return row;
  }

  /** The CSRF token of a session just started. */
  String csrfOf(String tokenHash) {
    return sessions
        .findLive(tokenHash, clock.instant())
        .map(SessionDao.Row::csrfToken)
        .orElseThrow(() -> new IllegalStateException("The session just started is gone"));
  }

  public void end(Context ctx) {
    String token = ctx.cookie(COOKIE);
    if (token != null) {
      sessions.delete(hash(token));
    }
    setCookie(ctx, "", 0);
  }

  /** A message for the next admin page this session sees. */
  public void flash(SignedIn signedIn, String message) {
    flash(signedIn.tokenHash(), message);
  }

  public void flash(String tokenHash, String message) {
    sessions.setFlash(tokenHash, message);
  }

  /** The waiting message, if any; it is shown once. */
  public String takeFlash(SignedIn signedIn) {
    String flash =
        sessions
            .findLive(signedIn.tokenHash(), clock.instant())
            .map(SessionDao.Row::flash)
            .orElse(null);
    if (flash != null) {
      sessions.setFlash(signedIn.tokenHash(), null);
    }
    return flash;
  }

  String randomToken() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  void setCookie(Context ctx, String name, String value, String path, long maxAgeSeconds) {
    ctx.res()
        .addHeader(
            "Set-Cookie",
            name
                + "="
                + value
                + "; Path="
                + path
                + "; Max-Age="
                + maxAgeSeconds
                + "; HttpOnly; SameSite=Lax"
                + (secureSite || clients.overHttps(ctx) ? "; Secure" : ""));
  }

  private void setCookie(Context ctx, String token, long maxAgeSeconds) {
    setCookie(ctx, COOKIE, token, "/admin", maxAgeSeconds);
  }

  static String hash(String token) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** Compares secrets in time that does not depend on where they differ. */
  static boolean same(String expected, String given) {
    if (expected == null || given == null) {
      return false;
    }
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
  }
}
