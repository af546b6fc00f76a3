package storyline;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Runs the app once on a throwaway in-memory database and asks for every kind of page, feed and
 * export, so that a JVM started with {@code -XX:ArchiveClassesAtExit} records every class they
 * load. The build does this to make {@code target/storyline.jsa}, which lets a later start map
 * those classes in instead of loading them one by one (see the README).
 */
final class Training {
  static final List<String> PATHS =
      List.of(
          "/",
          "/stories/ukraine-ceasefire",
          "/stories/ukraine-ceasefire/changes",
          "/stories/ukraine-ceasefire/card.png",
          "/incidents",
          "/incidents?type=strike&q=energy",
          "/incidents/energy-infrastructure-truce",
          "/actors",
          "/actors/vladimir-putin",
          "/places",
          "/places/kharkiv",
          "/search?q=energy",
          "/feed.xml",
          "/feed.atom",
          "/incidents.csv",
          "/incidents.json",
          "/sitemap.xml",
          "/admin/login",
          "/no-such-page");

  private Training() {}

  static void run() {
    Config config =
        new Config(
            0,
            "jdbc:h2:mem:train-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
            "sa",
            "",
            "http://localhost",
            Optional.of("training-password-" + UUID.randomUUID()),
            true,
            8,
            java.util.Set.of());
    App app = new App(config, Clock.systemUTC()).start();
    try {
      HttpClient http = HttpClient.newHttpClient();
      for (String path : PATHS) {
        for (int round = 0; round < 2; round++) {
          http.send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path)).build(),
              HttpResponse.BodyHandlers.discarding());
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("Training failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      app.stop();
    }
    System.out.println("Trained on " + PATHS.size() + " pages.");
  }
}
