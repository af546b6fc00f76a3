package storyline.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import storyline.App;
import storyline.Config;

/**
 * Starts the real app on a free port against a fresh in-memory H2 database, once per test class,
 * and gives the tests an HTTP client that does not follow redirects.
 */
public final class TestApp implements BeforeAllCallback, AfterAllCallback {
  public static final String BASE_URL = "http://storyline.test";
  public static final String ADMIN_PASSWORD = "correct horse battery staple";

  private final boolean seed;
  private final String baseUrl;
  private final int cacheMegabytes;
  private final MutableClock clock = new MutableClock();
  private final HttpClient http =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private App app;
  private final java.io.ByteArrayOutputStream requestLog = new java.io.ByteArrayOutputStream();

  public TestApp() {
    this(true, BASE_URL, 8);
  }

  private java.util.Set<String> trustedProxies = java.util.Set.of();

  private TestApp(boolean seed, String baseUrl, int cacheMegabytes) {
    this.seed = seed;
    this.baseUrl = baseUrl;
    this.cacheMegabytes = cacheMegabytes;
  }

  private static final TestApp SHARED = new TestApp(true, BASE_URL, 8);

  static {
    SHARED.shared = true;
  }

  /** Whether this app is the one shared by every test class that only reads. */
  private boolean shared;

  /**
   * The seeded app shared by every test class that only reads: started by the first of them and
   * stopped when the test run ends. A test class that saves, signs in, moves the clock or changes
   * the database gets an app of its own ({@code new TestApp()}).
   */
  public static TestApp shared() {
    return SHARED;
  }

  /**
   * An app on H2 even when the run is on PostgreSQL: for what only H2 does (Storyline's own
   * backups; PostgreSQL sites back up with pg_dump).
   */
  public static TestApp onH2() {
    TestApp app = new TestApp(true, BASE_URL, 8);
    app.h2Only = true;
    return app;
  }

  private boolean h2Only;

  /** An app whose database starts empty, without the seed story. */
  public static TestApp empty() {
    return new TestApp(false, BASE_URL, 8);
  }

  /** An app that believes it is published at another address, https say. */
  public static TestApp publishedAt(String baseUrl) {
    return new TestApp(true, baseUrl, 8);
  }

  /**
   * An app behind a proxy on this machine, as STORYLINE_TRUSTED_PROXIES=127.0.0.1 says: it takes
   * the client's address from X-Forwarded-For, so tests can be clients at several addresses.
   */
  public static TestApp behindProxy() {
    TestApp app = new TestApp(true, BASE_URL, 8);
    app.trustedProxies = java.util.Set.of("127.0.0.1", "0:0:0:0:0:0:0:1");
    return app;
  }

  /**
   * A second instance of the site on the database of another test app, as two instances behind a
   * load balancer share one: it starts after the other (register it after, with a higher
   * {@code @Order}).
   */
  public static TestApp besides(TestApp other) {
    TestApp app = new TestApp(true, BASE_URL, 8);
    app.sameDatabaseAs = other;
    return app;
  }

  private TestApp sameDatabaseAs;
  private TestDatabases.Fresh database;

  /** The database this app runs on. */
  public TestDatabases.Fresh database() {
    return database;
  }

  /**
   * An app on a database whose locale is C, on PostgreSQL (where LOWER() then folds only A to Z);
   * an ordinary one on H2.
   */
  public static TestApp inCLocale() {
    TestApp app = new TestApp(true, BASE_URL, 8);
    app.cLocale = true;
    return app;
  }

  private boolean cLocale;

  /** An app that keeps no page in memory: every request renders, as the first after a save. */
  public static TestApp uncached() {
    return new TestApp(true, BASE_URL, 0);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    if (shared && app != null) {
      return;
    }
    database =
        sameDatabaseAs != null
            ? sameDatabaseAs.database()
            : h2Only
                ? TestDatabases.readyH2(seed)
                : cLocale ? TestDatabases.inCLocale(seed) : TestDatabases.ready(seed);
    Config config =
        new Config(
            0,
            database.url(),
            database.user(),
            database.password(),
            baseUrl,
            Optional.of(ADMIN_PASSWORD),
            seed,
            cacheMegabytes,
            trustedProxies);
    app =
        new App(config, clock)
            .hashingWith(TestDatabases.PASSWORDS)
            .logRequestsTo(
                new java.io.PrintStream(requestLog, true, java.nio.charset.StandardCharsets.UTF_8))
            .start();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (shared) {
      if (!stopHookAdded) {
        stopHookAdded = true;
        App running = app;
        Runtime.getRuntime().addShutdownHook(new Thread(running::stop, "shared-test-app"));
      }
      return;
    }
    app.stop();
  }

  private boolean stopHookAdded;

  public String baseUrl() {
    return "http://localhost:" + app.port();
  }

  public App app() {
    return app;
  }

  /** What the request log has written so far; lines arrive a moment after their requests. */
  public String requestLog() {
    synchronized (requestLog) {
      return requestLog.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  public Jdbi jdbi() {
    return app.jdbi();
  }

  public MutableClock clock() {
    return clock;
  }

  public HttpClient http() {
    return http;
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET().build());
  }

  public HttpResponse<String> send(HttpRequest request) {
    return send(request, HttpResponse.BodyHandlers.ofString());
  }

  public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
    try {
      return http.send(request, body);
    } catch (IOException e) {
      throw new IllegalStateException("Request failed: " + request.uri(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public URI uri(String path) {
    return URI.create(baseUrl() + path);
  }

  /** Fetches a page that must answer 200 and parses it. */
  public Document page(String path) {
    HttpResponse<String> response = get(path);
    if (response.statusCode() != 200) {
      throw new AssertionError(
          "GET " + path + " answered " + response.statusCode() + ":\n" + response.body());
    }
    return Jsoup.parse(response.body(), baseUrl() + path);
  }
}
