package storyline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import storyline.support.JarProcess;

/**
 * The packaged jar, run as an operator would: `java -jar storyline.jar` in an empty directory, with
 * nothing configured. It creates its H2 file under ./data, seeds it once, and serves.
 */
class JarIT {
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void jarServesTheSeededSiteFromAnEmptyDirectoryAndSeedsOnlyOnce() throws Exception {
    Path dir = JarProcess.directory("jar-it");
    int port = JarProcess.freePort();

    String firstLog =
        runAndCheck(
            dir,
            port,
            List.of(
                "/",
                "/stories/ukraine-ceasefire",
                "/actors",
                "/actors/vladimir-putin",
                "/incidents",
                "/incidents?place=kharkiv",
                "/incidents/trump-putin-call",
                "/places/kharkiv",
                "/search?q=ceasefire"));
    assertTrue(Files.isDirectory(dir.resolve("data")), "H2 file database under ./data");
    assertTrue(firstLog.contains("Loaded the seed story"), firstLog);

    String secondLog = runAndCheck(dir, port, List.of("/stories/ukraine-ceasefire"));
    assertTrue(!secondLog.contains("Loaded the seed story"), "seeded twice:\n" + secondLog);
  }

  private String runAndCheck(Path dir, int port, List<String> paths) throws Exception {
    String log = "run-" + Instant.now().toEpochMilli() + ".log";
    Process process = JarProcess.start(dir, Map.of("STORYLINE_PORT", String.valueOf(port)), log);
    try {
      JarProcess.waitForHealth(port, process, dir);
      for (String path : paths) {
        HttpResponse<String> response = get(port, path);
        assertEquals(200, response.statusCode(), path);
      }
      assertTrue(
          get(port, "/stories/ukraine-ceasefire")
              .body()
              .contains("unresolved security conditions"));
    } finally {
      process.destroy();
      process.waitFor();
    }
    return Files.readString(dir.resolve(log));
  }

  private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .timeout(Duration.ofSeconds(10))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
