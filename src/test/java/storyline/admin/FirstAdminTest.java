package storyline.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import storyline.db.Database;

class FirstAdminTest {
  private final Passwords passwords = new Passwords();

  @Test
  void generatesAStrongPasswordOnceWhenNoneIsConfigured() {
    try (Database db =
        Database.open("jdbc:h2:mem:admin-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "")) {
      String password =
          FirstAdmin.ensure(db.jdbi(), passwords, Optional.empty(), Clock.systemUTC())
              .orElseThrow();
      assertEquals(20, password.length());
      Editor admin = db.jdbi().onDemand(EditorDao.class).findByUsername("admin").orElseThrow();
      assertEquals(EditorRole.ADMIN, admin.role());
      assertTrue(
          admin.passwordHash().startsWith("$argon2id$"), "Argon2id: " + admin.passwordHash());
      assertTrue(passwords.matches(password, admin.passwordHash()));
      assertTrue(
          FirstAdmin.ensure(db.jdbi(), passwords, Optional.empty(), Clock.systemUTC()).isEmpty(),
          "only once");
    }
  }

  @Test
  void usesTheConfiguredPasswordAndPrintsNothing() {
    try (Database db =
        Database.open("jdbc:h2:mem:admin-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "")) {
      assertTrue(
          FirstAdmin.ensure(
                  db.jdbi(), passwords, Optional.of("configured password"), Clock.systemUTC())
              .isEmpty());
      Editor admin = db.jdbi().onDemand(EditorDao.class).findByUsername("admin").orElseThrow();
      assertTrue(passwords.matches("configured password", admin.passwordHash()));
    }
  }

  @Test
  void newPasswordsNeedTwelveCharacters() {
    assertTrue(Passwords.problemWith("short") != null);
    assertEquals(null, Passwords.problemWith("twelve chars"));
  }
}
