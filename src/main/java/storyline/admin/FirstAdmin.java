package storyline.admin;

import java.time.Clock;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import storyline.db.StartupLock;

/** Creates the first admin account, "admin", when there is no account at all. */
public final class FirstAdmin {
  public static final String USERNAME = "admin";

  private FirstAdmin() {}

  /**
   * Creates the account if there is none, with the configured password or a generated one.
   *
   * @return the generated password, to be shown once; empty when none was generated
   */
  public static Optional<String> ensure(
      Jdbi jdbi, Passwords passwords, Optional<String> configured, Clock clock) {
    return jdbi.inTransaction(
        handle -> {
          StartupLock.take(handle);
          EditorDao editors = handle.attach(EditorDao.class);
          if (editors.count() > 0) {
            return Optional.empty();
          }
          String problem = configured.map(Passwords::problemWith).orElse(null);
          if (problem != null) {
            throw new IllegalStateException(
                "STORYLINE_ADMIN_PASSWORD is not strong enough for the first admin: " + problem);
          }
          String password = configured.orElseGet(passwords::generate);
          editors.insert(
              USERNAME,
              "Administrator",
              passwords.hash(password),
              EditorRole.ADMIN,
              clock.instant());
          return configured.isPresent() ? Optional.empty() : Optional.of(password);
        });
  }
}
