package storyline.support;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged jar, run as an operator runs it: in a directory of its own, configured only by the
 * environment given, its output kept in a log file there. For the tests that need a real process
 * (killing it, backing it up from outside).
 */
public final class JarProcess {
  private JarProcess() {}

  /** The jar the build made. */
  public static Path jar() {
    Path jar =
        Path.of(System.getProperty("storyline.jar", "target/storyline.jar")).toAbsolutePath();
    if (!Files.isRegularFile(jar)) {
      throw new AssertionError("build the jar first: " + jar);
    }
    return jar;
  }

  /** A fresh, empty directory under target/. */
  public static Path directory(String name) throws IOException {
    Path dir = Path.of("target", name).toAbsolutePath();
    if (Files.exists(dir)) {
      deleteTree(dir);
    }
    return Files.createDirectories(dir);
  }

  /**
   * Starts {@code java -jar storyline.jar [args]} in the directory with only the STORYLINE_
   * variables given, writing its output to {@code log}.
   */
  public static Process start(Path dir, Map<String, String> env, String log, String... args)
      throws IOException {
    List<String> command = new ArrayList<>(List.of("java", "-Xmx128m"));
    // The class-data archive the build made beside the jar, as the README runs it: starts in
    // about half the time, and these tests start the jar a dozen times.
    Path archive = jar().resolveSibling("storyline.jsa");
    if (Files.isRegularFile(archive)) {
      command.addAll(
          List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
    }
    command.addAll(List.of("-jar", jar().toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve(log).toFile());
    builder.environment().keySet().removeIf(k -> k.startsWith("STORYLINE_"));
    builder.environment().putAll(env);
    return builder.start();
  }

  /** Runs a command of the jar to its end; fails unless it exits 0. Returns its output. */
  public static String run(Path dir, Map<String, String> env, String log, String... args)
      throws Exception {
    Process process = start(dir, env, log, args);
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("the command did not end within a minute: " + List.of(args));
    }
    String output = Files.readString(dir.resolve(log));
    if (process.exitValue() != 0) {
      throw new AssertionError(List.of(args) + " exited " + process.exitValue() + ":\n" + output);
    }
    return output;
  }

  /** Waits until the site answers /health, failing if the process ends first. */
  public static void waitForHealth(int port, Process process, Path dir) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new AssertionError("the jar exited; see the logs in " + dir);
      }
      try {
        HttpResponse<Void> health =
            http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                    .timeout(Duration.ofSeconds(5))
                    .build(),
                HttpResponse.BodyHandlers.discarding());
        if (health.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no answer from /health within a minute; see the logs in " + dir);
  }

  public static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void deleteTree(Path path) throws IOException {
    if (Files.isDirectory(path)) {
      try (var children = Files.list(path)) {
        for (Path child : children.toList()) {
          deleteTree(child);
        }
      }
    }
    Files.delete(path);
  }
}
