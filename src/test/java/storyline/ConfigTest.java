package storyline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigTest {
  @Test
  void defaultsServeOnPort7070FromAnH2FileUnderData() {
    Config config = Config.fromEnvironment(Map.of());
    assertEquals(7070, config.port());
    assertEquals("jdbc:h2:file:./data/storyline", config.dbUrl());
    assertEquals("http://localhost:7070", config.baseUrl());
    assertTrue(config.seed());
    assertTrue(config.adminPassword().isEmpty());
    assertFalse(config.secureCookies());
  }

  @Test
  void readsEveryVariable() {
    Config config =
        Config.fromEnvironment(
            Map.of(
                "STORYLINE_PORT", "8080",
                "STORYLINE_DB_URL", "jdbc:postgresql://db/storyline",
                "STORYLINE_DB_USER", "story",
                "STORYLINE_DB_PASSWORD", "secret",
                "STORYLINE_BASE_URL", "https://news.example/",
                "STORYLINE_ADMIN_PASSWORD", "first-password",
                "STORYLINE_SEED", "false"));
    assertEquals(8080, config.port());
    assertEquals("jdbc:postgresql://db/storyline", config.dbUrl());
    assertEquals("story", config.dbUser());
    assertEquals("secret", config.dbPassword());
    assertEquals("https://news.example", config.baseUrl());
    assertEquals("first-password", config.adminPassword().orElseThrow());
    assertFalse(config.seed());
    assertTrue(config.secureCookies());
  }

  @Test
  void rejectsAPortThatIsNotANumber() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Config.fromEnvironment(Map.of("STORYLINE_PORT", "seventy")));
    assertThrows(
        IllegalArgumentException.class,
        () -> Config.fromEnvironment(Map.of("STORYLINE_PORT", "70000")));
  }
}
