package storyline.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import storyline.web.Text;

/**
 * Keeps password guessing slow without letting a stranger lock an editor out.
 *
 * <p>Failures are counted for a username <em>from one client address</em>: five within 15 minutes
 * lock that pair for 15 minutes, and each further lock within a day lasts twice as long as the one
 * before, up to a day. Someone guessing from another address meets their own lock, never the
 * editor's. Failures are counted for any username typed, so a locked-out answer says nothing about
 * whether the account exists.
 *
 * <p>Each address may also try only {@value #PER_ADDRESS_PER_MINUTE} sign-ins a minute, and check
 * {@value #PER_ADDRESS_AT_ONCE} passwords at once, whatever the usernames: checking a password is
 * slow on purpose, and a flood of attempts from one address must not hold up everyone else's.
 */
public final class LoginThrottle {
  static final int MAX_FAILURES = 5;
  static final Duration WINDOW = Duration.ofMinutes(15);
  static final Duration LOCKOUT = Duration.ofMinutes(15);
  static final Duration LONGEST_LOCKOUT = Duration.ofDays(1);
  static final int PER_ADDRESS_PER_MINUTE = 30;
  static final int PER_ADDRESS_AT_ONCE = 2;

  private final LoginFailureDao failures;
  private final Clock clock;
  private final Map<String, Deque<Instant>> attemptsByAddress = new ConcurrentHashMap<>();
  private final Map<String, Integer> checkingByAddress = new ConcurrentHashMap<>();

  public LoginThrottle(LoginFailureDao failures, Clock clock) {
    this.failures = failures;
    this.clock = clock;
  }

  /**
   * How long this address must wait before trying this username again, if it must: when the latest
   * failure was the fifth within 15 minutes, the lock runs from it. (No failure is recorded while
   * locked, so the latest failure is the one that locked it.)
   */
  public Optional<Duration> lockedFor(String address, String username) {
    Instant now = clock.instant();
    List<Instant> recent = failures.since(key(address, username), now.minus(LONGEST_LOCKOUT));
    if (recent.size() < MAX_FAILURES) {
      return Optional.empty();
    }
    Instant latest = recent.get(0);
    long inWindow = recent.stream().filter(at -> at.isAfter(latest.minus(WINDOW))).count();
    if (inWindow < MAX_FAILURES) {
      return Optional.empty();
    }
    int locks = Math.min(recent.size() / MAX_FAILURES, 8);
    Duration lock = LOCKOUT.multipliedBy(1L << (locks - 1));
    Instant until = latest.plus(lock.compareTo(LONGEST_LOCKOUT) > 0 ? LONGEST_LOCKOUT : lock);
    return until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
  }

  /**
   * Counts a sign-in attempt as failed before its password is checked, so that parallel attempts
   * cannot all slip past the count; a success clears it. Says whether the attempt may go on: the
   * fifth attempt within the window may, a sixth that raced past the lock may not.
   */
  public boolean attempt(String address, String username) {
    Instant now = clock.instant();
    failures.deleteOlderThan(now.minus(LONGEST_LOCKOUT));
    String key = key(address, username);
    failures.record(key, now);
    return failures.since(key, now.minus(WINDOW)).size() <= MAX_FAILURES;
  }

  public void succeeded(String address, String username) {
    failures.clear(key(address, username));
  }

  /**
   * Whether the address has used up its sign-ins for this minute: if so, how long until it may try
   * again. Every call that answers empty counts as an attempt.
   */
  public Optional<Duration> addressBusy(String address) {
    Instant now = clock.instant();
    Instant minuteAgo = now.minus(Duration.ofMinutes(1));
    attemptsByAddress.values().removeIf(times -> newest(times).isBefore(minuteAgo));
    Deque<Instant> times = attemptsByAddress.computeIfAbsent(address, a -> new ArrayDeque<>());
    synchronized (times) {
      while (!times.isEmpty() && !times.peekFirst().isAfter(minuteAgo)) {
        times.pollFirst();
      }
      if (times.size() >= PER_ADDRESS_PER_MINUTE) {
        return Optional.of(Duration.between(minuteAgo, times.peekFirst()));
      }
      times.addLast(now);
      return Optional.empty();
    }
  }

  private static Instant newest(Deque<Instant> times) {
    synchronized (times) {
      return times.isEmpty() ? Instant.MIN : times.peekLast();
    }
  }

  /**
   * Takes one of the address's places for checking a password, if one is free; the caller gives it
   * back with {@link #doneChecking}.
   */
  public boolean startChecking(String address) {
    boolean[] started = {false};
    checkingByAddress.compute(
        address,
        (a, n) -> {
          int now = n == null ? 0 : n;
          started[0] = now < PER_ADDRESS_AT_ONCE;
          return started[0] ? now + 1 : now;
        });
    return started[0];
  }

  public void doneChecking(String address) {
    checkingByAddress.computeIfPresent(address, (a, n) -> n <= 1 ? null : n - 1);
  }

  /** The username as accounts store it. */
  static String key(String username) {
    String key = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    return Text.truncate(key, 100);
  }

  /** What failures are counted under: the client address and the username. */
  static String key(String address, String username) {
    return (address == null ? "" : Text.truncate(address, 60)) + " " + key(username);
  }
}
