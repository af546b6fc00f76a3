package storyline.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import storyline.revision.RevisionLog;
import storyline.support.AdminClient;
import storyline.support.Seed;
import storyline.support.TestApp;

/**
 * Every revision ever written can be restored: for each kind, a snapshot in the oldest shape (as
 * versions before shapes were numbered wrote them, kept under src/test/resources/snapshots) is put
 * in the entry's first revision, the entry is edited, and that first revision is restored.
 */
class SnapshotShapesTest {
  @RegisterExtension static final TestApp APP = new TestApp();

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "stories,ukraine-ceasefire,title",
    "actors,vladimir-putin,name",
    "places,kharkiv,name",
    "incidents,trump-putin-call,title",
    "sources,,title",
    "quotes,,text"
  })
  void aSnapshotInTheOldestShapeIsRestored(String kind, String slug, String field)
      throws IOException {
    String entry = slug == null ? Seed.first(APP, kind) : Seed.admin(APP, kind, slug);
    long id = Long.parseLong(entry.substring(entry.lastIndexOf('/') + 1));
    String oldest = fixture(kind);
    assertFalse(oldest.contains("\"" + RevisionLog.SHAPE_FIELD + "\""), "a shape-0 snapshot");
    String type = kind.equals("stories") ? "story" : kind.substring(0, kind.length() - 1);
    int updated =
        APP.jdbi()
            .withHandle(
                h ->
                    h.createUpdate(
                            "UPDATE revisions SET snapshot = CAST(:snapshot AS <json>) WHERE entity_type = :type"
                                + " AND entity_id = :id AND version = 1")
                        .bind("snapshot", oldest)
                        .bind("type", type)
                        .bind("id", id)
                        .execute());
    assertEquals(1, updated, "the entry's first revision");

    AdminClient admin = AdminClient.signedInAdmin(APP);
    HttpResponse<String> edited =
        admin.submit(
            entry + "/edit", entry, Map.of(field, "Changed since", "note", "An edit to undo"));
    assertEquals(303, edited.statusCode(), edited.body());
    Document history = admin.page(entry + "/history");
    long revision =
        APP.jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            "SELECT id FROM revisions WHERE entity_type = :type"
                                + " AND entity_id = :id AND version = 1")
                        .bind("type", type)
                        .bind("id", id)
                        .mapTo(Long.class)
                        .one());
    Element restore = history.selectFirst("form[action$=/history/" + revision + "/restore]");
    assertTrue(restore != null, "a restore form for the first revision");
    HttpResponse<String> restored =
        admin.submit(entry + "/history", restore.attr("action"), Map.of());
    assertEquals(303, restored.statusCode(), restored.body());
    Element input = admin.page(entry + "/edit").selectFirst("[name=" + field + "]");
    String now = input.tagName().equals("textarea") ? input.wholeText() : input.val();
    assertTrue(now.contains("from the oldest shape"), kind + " " + field + " is now: " + now);
  }

  private static String fixture(String kind) throws IOException {
    try (InputStream in =
        SnapshotShapesTest.class.getResourceAsStream("/snapshots/shape-0/" + kind + ".json")) {
      if (in == null) {
        throw new AssertionError("no shape-0 snapshot of " + kind);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
