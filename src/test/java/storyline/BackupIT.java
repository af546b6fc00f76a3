package storyline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import storyline.support.JarProcess;

/**
 * The operator's backup, end to end: {@code backup FILE} against a running site, {@code restore
 * FILE} into an empty directory, and the site started on what was restored.
 */
class BackupIT {
  @Test
  void aRunningSiteIsBackedUpAndRestoredIntoANewDirectory() throws Exception {
    Path live = JarProcess.directory("backup-it/live");
    Path moved = JarProcess.directory("backup-it/moved");
    Path file = live.resolve("site.sql.gz");
    int port = JarProcess.freePort();
    Map<String, String> env = Map.of("STORYLINE_PORT", String.valueOf(port));

    Process site = JarProcess.start(live, env, "site.log");
    try {
      JarProcess.waitForHealth(port, site, live);
      String output = JarProcess.run(live, env, "backup.log", "backup", file.toString());
      assertTrue(output.contains("from the running site"), output);
      assertTrue(Files.size(file) > 10_000, "the whole seeded site");
      HttpResponse<String> stranger =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create("http://127.0.0.1:" + port + "/operator/backup"))
                      .header("Authorization", "Bearer guessed")
                      .POST(HttpRequest.BodyPublishers.noBody())
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertEquals(403, stranger.statusCode(), "no backup without the site's token");
    } finally {
      site.destroy();
      assertTrue(site.waitFor(30, TimeUnit.SECONDS));
    }

    JarProcess.run(moved, env, "restore.log", "restore", file.toString());
    Process restored = JarProcess.start(moved, env, "restored.log");
    try {
      JarProcess.waitForHealth(port, restored, moved);
      HttpResponse<String> story =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create("http://127.0.0.1:" + port + "/stories/ukraine-ceasefire"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertEquals(200, story.statusCode());
      assertTrue(story.body().contains("unresolved security conditions"));
      assertTrue(
          !Files.readString(moved.resolve("restored.log")).contains("Loaded the seed story"),
          "served from the restored data, not seeded again");
    } finally {
      restored.destroy();
      restored.waitFor(30, TimeUnit.SECONDS);
    }
  }
}
