package storyline.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import storyline.db.Database;

class FeedVersionsTest {
  private Database db;
  private FeedVersions versions;

  @BeforeEach
  void open() {
    db = Database.open("jdbc:h2:mem:fv-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    versions = new FeedVersions(db.jdbi());
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void lastModifiedMovesOnlyWhenTheBodyDoes() {
    Instant first = Instant.parse("2026-03-18T10:00:00.250Z");
    assertEquals(
        Optional.of(Instant.parse("2026-03-18T10:00:00Z")),
        versions.lastModified("/feed.xml", "\"a\"", first));
    assertEquals(
        Optional.of(Instant.parse("2026-03-18T10:00:00Z")),
        versions.lastModified("/feed.xml", "\"a\"", first.plusSeconds(3600)),
        "the same body keeps its date however late it is asked for");
    assertEquals(
        Optional.of(Instant.parse("2026-03-18T11:00:05Z")),
        versions.lastModified("/feed.xml", "\"b\"", Instant.parse("2026-03-18T11:00:05.900Z")));
  }

  @Test
  void aSecondBodyWithinTheSameSecondNeverRepeatsTheFirstsDate() {
    Instant at = Instant.parse("2026-03-18T10:00:00.100Z");
    Optional<Instant> first = versions.lastModified("/feed.xml", "\"a\"", at);
    Optional<Instant> second = versions.lastModified("/feed.xml", "\"b\"", at.plusMillis(500));
    assertEquals(Optional.of(Instant.parse("2026-03-18T10:00:00Z")), first);
    assertTrue(
        second.isEmpty(),
        "the next second has not come yet, so the answer goes without a Last-Modified");
    assertEquals(
        Optional.of(Instant.parse("2026-03-18T10:00:01Z")),
        versions.lastModified("/feed.xml", "\"b\"", at.plusMillis(1500)),
        "once it has, the second body is dated a second after the first");
  }

  @Test
  void eachFeedHasItsOwnDate() {
    Instant at = Instant.parse("2026-03-18T10:00:00Z");
    versions.lastModified("/feed.xml", "\"a\"", at);
    assertEquals(
        Optional.of(at.plusSeconds(30)),
        versions.lastModified("/feed.atom", "\"x\"", at.plusSeconds(30)));
  }
}
