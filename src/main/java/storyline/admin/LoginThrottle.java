package storyline.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Five failed sign-ins for one username within 15 minutes lock it for 15 minutes. Failures are
 * counted for any username typed, so a locked-out answer says nothing about whether the account
 * exists.
 */
public final class LoginThrottle {
  static final int MAX_FAILURES = 5;
  static final Duration WINDOW = Duration.ofMinutes(15);
  static final Duration LOCKOUT = Duration.ofMinutes(15);

  private final LoginFailureDao failures;
  private final Clock clock;

  public LoginThrottle(LoginFailureDao failures, Clock clock) {
    this.failures = failures;
    this.clock = clock;
  }

  /**
   * How long the username stays locked, if it is locked now: when the latest failure was the fifth
   * within 15 minutes, the lock runs for 15 minutes from it. (No failure is recorded while locked,
   * so the latest failure is the one that locked it.)
   */
  public Optional<Duration> lockedFor(String username) {
    Instant now = clock.instant();
    List<Instant> recent = failures.since(key(username), now.minus(LOCKOUT).minus(WINDOW));
    if (recent.size() < MAX_FAILURES) {
      return Optional.empty();
    }
    Instant latest = recent.get(0);
    long inWindow = recent.stream().filter(at -> at.isAfter(latest.minus(WINDOW))).count();
    Instant until = latest.plus(LOCKOUT);
    return inWindow >= MAX_FAILURES && until.isAfter(now)
        ? Optional.of(Duration.between(now, until))
        : Optional.empty();
  }

  /**
   * Counts a sign-in attempt as failed before its password is checked, so that parallel attempts
   * cannot all slip past the count; a success clears it. Says whether the attempt may go on: the
   * fifth attempt within the window may, a sixth that raced past the lock may not.
   */
  public boolean attempt(String username) {
    Instant now = clock.instant();
    failures.deleteOlderThan(now.minus(WINDOW.plus(LOCKOUT)));
    failures.record(key(username), now);
    return failures.since(key(username), now.minus(WINDOW)).size() <= MAX_FAILURES;
  }

  public void succeeded(String username) {
    failures.clear(key(username));
  }

  static String key(String username) {
    String key = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    return key.length() > 100 ? key.substring(0, 100) : key;
  }
}
