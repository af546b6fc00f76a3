package storyline.admin;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import java.security.SecureRandom;
import java.util.List;
import java.util.concurrent.Semaphore;

/** Hashes and checks passwords with Argon2id, and makes strong random ones. */
public final class Passwords {
  static final int MIN_LENGTH = 12;
  static final int MAX_LENGTH = 200;
  private static final String ALPHABET =
      "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

  // OWASP's recommended Argon2id settings: 19 MiB of memory, two passes, one lane.
  private static final int MEMORY_KIB = 19456;
  private static final int PASSES = 2;

  private final Argon2Function argon2;

  /** Hashes with OWASP's recommended settings, as every site does. */
  public Passwords() {
    this(MEMORY_KIB, PASSES);
  }

  /**
   * Hashes with other settings: lighter ones for the tests, which hash and check hundreds of
   * passwords. A hash is checked with the settings it was made with, whatever these are.
   */
  public Passwords(int memoryKib, int passes) {
    this.argon2 = Argon2Function.getInstance(memoryKib, passes, 1, 32, Argon2.ID);
  }

  static final int PARALLEL_CHECKS = 4;

  private final SecureRandom random = new SecureRandom();
  private final Semaphore checks = new Semaphore(PARALLEL_CHECKS);

  /** Worked out on first need, so that start-up does not spend an Argon2 hash on it. */
  private String dummyHash;

  public String hash(String password) {
    return Password.hash(password).addRandomSalt(16).with(argon2).getResult();
  }

  /**
   * Whether the password is the one hashed. At most {@value #PARALLEL_CHECKS} checks run at once:
   * each takes 19 MiB, and a flood of sign-ins must not exhaust the memory.
   */
  public boolean matches(String password, String hash) {
    checks.acquireUninterruptibly();
    try {
      return Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
    } finally {
      checks.release();
    }
  }

  /**
   * Spends the same time as checking a real password, so that a missing account cannot be told from
   * a wrong password by how long the answer takes.
   */
  public void spendCheckingTime(String password) {
    matches(password, dummyHash());
  }

  private synchronized String dummyHash() {
    if (dummyHash == null) {
      dummyHash = hash(generate());
    }
    return dummyHash;
  }

  /** A random password of 20 characters from an alphabet without look-alikes (about 117 bits). */
  public String generate() {
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }

  /** What is wrong with a new password, or null when it will do. */
  public static String problemWith(String password) {
    if (password == null || password.isEmpty()) {
      return "Enter a password.";
    }
    int length = password.codePointCount(0, password.length());
    if (length < MIN_LENGTH) {
      return "Use at least " + MIN_LENGTH + " characters.";
    }
    if (length > MAX_LENGTH) {
      return "Use at most " + MAX_LENGTH + " characters.";
    }
    if (password.strip().codePointCount(0, password.strip().length()) < MIN_LENGTH) {
      return "Use at least " + MIN_LENGTH + " characters that are not spaces.";
    }
    if (password.codePoints().distinct().count() < MIN_DISTINCT) {
      return "Use at least " + MIN_DISTINCT + " different characters; this repeats too few.";
    }
    if (isRun(password.toLowerCase(java.util.Locale.ROOT))) {
      return "Use something other than a run of keys such as 123456789012 or qwertyuiop.";
    }
    return null;
  }

  /** Fewer different characters than this is a pattern, not a password: "abababababab". */
  static final int MIN_DISTINCT = 5;

  /**
   * Rows of the keyboard, the alphabet and the digits, forwards; runs along them are guessed early.
   */
  private static final List<String> RUNS =
      List.of(
          "abcdefghijklmnopqrstuvwxyz",
          "0123456789",
          "qwertyuiopasdfghjklzxcvbnm",
          "azertyuiopqsdfghjklmwxcvbn",
          "qwertzuiopasdfghjklyxcvbnm");

  /** Whether the password, spaces aside, is a run along one of {@link #RUNS}, either way. */
  static boolean isRun(String password) {
    String plain = password.replace(" ", "");
    String reversed = new StringBuilder(plain).reverse().toString();
    for (String run : RUNS) {
      String twice = run + run;
      if (twice.contains(plain) || twice.contains(reversed)) {
        return true;
      }
    }
    return false;
  }
}
