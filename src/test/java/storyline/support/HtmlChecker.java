package storyline.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the Nu HTML Checker (vnu.jar from the npm package vnu-jar, which .ci/run installs) over
 * pages, all in one JVM start, and returns its errors.
 */
public final class HtmlChecker {
  private final Path jar;

  public HtmlChecker() {
    String configured = System.getProperty("vnu.jar", "node_modules/vnu-jar/build/dist/vnu.jar");
    jar = Path.of(configured);
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          "The Nu HTML Checker is missing at "
              + jar.toAbsolutePath()
              + ": run `npm ci --ignore-scripts` (bash .ci/run does it).");
    }
  }

  /** One error the checker found, with the page it was on. */
  public record Problem(String page, String message, String extract) {}

  /** Checks each named HTML document; the names only label the problems. */
  public List<Problem> check(Map<String, String> pages) throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("vnu");
    Map<String, String> nameOfFile = new LinkedHashMap<>();
    List<String> command =
        new ArrayList<>(
            List.of(
                "java", "-jar", jar.toString(), "--errors-only", "--format", "json", "--stdout"));
    int n = 0;
    for (Map.Entry<String, String> page : pages.entrySet()) {
      Path file = dir.resolve("page" + n++ + ".html");
      Files.writeString(file, page.getValue(), StandardCharsets.UTF_8);
      nameOfFile.put(file.toUri().toString(), page.getKey());
      command.add(file.toString());
    }
    Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
    byte[] out = process.getInputStream().readAllBytes();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("vnu.jar took too long");
    }
    JsonNode report = new ObjectMapper().readTree(out);
    List<Problem> problems = new ArrayList<>();
    for (JsonNode message : report.path("messages")) {
      String url = message.path("url").asText();
      String page =
          nameOfFile.entrySet().stream()
              .filter(e -> url.endsWith(e.getKey().substring(e.getKey().lastIndexOf('/'))))
              .map(Map.Entry::getValue)
              .findFirst()
              .orElse(url);
      problems.add(
          new Problem(page, message.path("message").asText(), message.path("extract").asText()));
    }
    return problems;
  }
}
