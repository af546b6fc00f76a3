package storyline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
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

/**
 * The packaged jar, run as an operator would: `java -jar storyline.jar` in an empty directory, with
 * nothing configured. It creates its H2 file under ./data, seeds it once, and serves.
 */
class JarIT {
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void jarServesTheSeededSiteFromAnEmptyDirectoryAndSeedsOnlyOnce() throws Exception {
    Path jar =
        Path.of(System.getProperty("storyline.jar", "target/storyline.jar")).toAbsolutePath();
    assertTrue(Files.isRegularFile(jar), "build the jar first: " + jar);
    Path dir = Files.createTempDirectory("storyline-jar");
    int port = freePort();

    String firstLog =
        runAndCheck(
            jar,
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

    String secondLog = runAndCheck(jar, dir, port, List.of("/stories/ukraine-ceasefire"));
    assertTrue(!secondLog.contains("Loaded the seed story"), "seeded twice:\n" + secondLog);
  }

  private String runAndCheck(Path jar, Path dir, int port, List<String> paths) throws Exception {
    Path log = dir.resolve("run-" + Instant.now().toEpochMilli() + ".log");
    ProcessBuilder builder =
        new ProcessBuilder("java", "-jar", jar.toString())
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(k -> k.startsWith("STORYLINE_"));
    env.put("STORYLINE_PORT", String.valueOf(port));
    Process process = builder.start();
    try {
      waitForHealth(port, process, log);
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
    return Files.readString(log);
  }

  private void waitForHealth(int port, Process process, Path log) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new AssertionError("the jar exited:\n" + Files.readString(log));
      }
      try {
        if (get(port, "/health").statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      process.waitFor(200, java.util.concurrent.TimeUnit.MILLISECONDS);
    }
    throw new AssertionError("no answer from /health within a minute:\n" + Files.readString(log));
  }

  private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .timeout(Duration.ofSeconds(10))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
