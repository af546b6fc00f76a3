package storyline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import storyline.support.JarProcess;

/**
 * No acknowledged save is lost when the process dies: the packaged jar is started on an H2 file, an
 * editor saves new sources one after another, and the process is killed with SIGKILL in the middle
 * of it, five times over. Every save that answered 303 must be in the database afterwards.
 */
class CrashIT {
  static final int ROUNDS = 5;
  static final String PASSWORD = "crash test password, not a secret";

  @Test
  void everyAcknowledgedSaveSurvivesSigkill() throws Exception {
    Path dir = JarProcess.directory("crash-it");
    int port = JarProcess.freePort();
    List<String> acknowledged = new ArrayList<>();
    int killedMidSave = 0;
    for (int round = 1; round <= ROUNDS; round++) {
      Process process = start(dir, port, round);
      try {
        JarProcess.waitForHealth(port, process, dir);
        Editor editor = new Editor(port);
        AtomicBoolean stop = new AtomicBoolean();
        List<String> saved = new ArrayList<>();
        int r = round;
        Thread saver =
            new Thread(
                () -> {
                  for (int n = 1; !stop.get(); n++) {
                    String title = "Crash round " + r + " save " + n;
                    try {
                      if (editor.createSource(title)) {
                        synchronized (saved) {
                          saved.add(title);
                        }
                      }
                    } catch (IOException | InterruptedException diedMidSave) {
                      return;
                    }
                  }
                });
        saver.start();
        // Killed the moment a save has been acknowledged: a database that writes commits a little
        // later (H2 by default, half a second) loses that save, and the ones just before it.
        int target = 10 + round;
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (size(saved) < target && System.nanoTime() < deadline && saver.isAlive()) {
          Thread.onSpinWait();
        }
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
        stop.set(true);
        saver.join(10_000);
        synchronized (saved) {
          assertTrue(saved.size() > 3, "round " + round + " saved only " + saved.size());
          acknowledged.addAll(saved);
        }
        killedMidSave += saver.isAlive() ? 0 : 1;
      } finally {
        process.destroyForcibly();
        process.waitFor();
      }
    }
    // One last start, to show the site comes up on what the kills left, then a clean stop.
    Process last = start(dir, port, ROUNDS + 1);
    try {
      JarProcess.waitForHealth(port, last, dir);
    } finally {
      last.destroy();
      assertTrue(last.waitFor(30, TimeUnit.SECONDS), "SIGTERM stops the site");
    }
    Set<String> stored = new HashSet<>();
    try (Connection db =
            DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("data/storyline"), "sa", "");
        ResultSet rows = db.createStatement().executeQuery("SELECT title FROM sources")) {
      while (rows.next()) {
        stored.add(rows.getString(1));
      }
    }
    List<String> lost = acknowledged.stream().filter(t -> !stored.contains(t)).toList();
    System.out.printf(
        "CrashIT: %d rounds killed with SIGKILL, %d acknowledged saves, %d lost%n",
        ROUNDS, acknowledged.size(), lost.size());
    assertEquals(ROUNDS, killedMidSave);
    assertEquals(List.of(), lost, "acknowledged saves lost to SIGKILL");
  }

  private static int size(List<String> saved) {
    synchronized (saved) {
      return saved.size();
    }
  }

  private static Process start(Path dir, int port, int round) throws IOException {
    return JarProcess.start(
        dir,
        Map.of(
            "STORYLINE_PORT",
            String.valueOf(port),
            "STORYLINE_SEED",
            "false",
            "STORYLINE_ADMIN_PASSWORD",
            PASSWORD),
        "run-" + round + ".log");
  }

  /** An editor's browser: cookies kept, forms read and sent back with their hidden fields. */
  static final class Editor {
    private final int port;
    private final HttpClient http;

    Editor(int port) throws IOException, InterruptedException {
      this.port = port;
      this.http =
          HttpClient.newBuilder()
              .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
              .followRedirects(HttpClient.Redirect.NEVER)
              .build();
      Map<String, String> login = hidden(get("/admin/login"), "/admin/login");
      login.put("username", "admin");
      login.put("password", PASSWORD);
      int status = post("/admin/login", login).statusCode();
      if (status != 303) {
        throw new AssertionError("could not sign in: " + status);
      }
    }

    /** Whether the save was acknowledged (303 to the saved source). */
    boolean createSource(String title) throws IOException, InterruptedException {
      Map<String, String> form = hidden(get("/admin/sources/new"), "/admin/sources");
      form.put("title", title);
      form.put("kind", "independent_media");
      form.put("url", "https://example.org/crash");
      return post("/admin/sources", form).statusCode() == 303;
    }

    private Document get(String path) throws IOException, InterruptedException {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10)).build(),
              HttpResponse.BodyHandlers.ofString());
      return Jsoup.parse(response.body(), uri(path).toString());
    }

    private HttpResponse<String> post(String path, Map<String, String> form)
        throws IOException, InterruptedException {
      StringBuilder body = new StringBuilder();
      form.forEach(
          (k, v) ->
              body.append(body.length() == 0 ? "" : "&")
                  .append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                  .append('=')
                  .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
      return http.send(
          HttpRequest.newBuilder(uri(path))
              .timeout(Duration.ofSeconds(10))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, String> hidden(Document page, String action) {
      Element form = page.selectFirst("form[action=" + action + "]");
      if (form == null) {
        throw new AssertionError("no form for " + action + " in:\n" + page.outerHtml());
      }
      Map<String, String> fields = new java.util.LinkedHashMap<>();
      for (Element input : form.select("input[type=hidden]")) {
        fields.put(input.attr("name"), input.attr("value"));
      }
      return fields;
    }

    private URI uri(String path) {
      return URI.create("http://127.0.0.1:" + port + path);
    }
  }
}
