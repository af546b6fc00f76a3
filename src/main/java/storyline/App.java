package storyline;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.jdbi.v3.core.Jdbi;
import storyline.admin.FirstAdmin;
import storyline.admin.Passwords;
import storyline.db.Database;
import storyline.incident.IncidentTypes;
import storyline.revision.RevisionLog;
import storyline.seed.SeedLoader;
import storyline.web.Assets;
import storyline.web.ErrorPages;
import storyline.web.FastPath;
import storyline.web.Format;
import storyline.web.JettyErrors;
import storyline.web.Json;
import storyline.web.PageCache;
import storyline.web.Parts;
import storyline.web.RequestLog;
import storyline.web.SecurityHeaders;
import storyline.web.Templates;

/** Wires the database, the DAOs and the controllers together, and holds the one route table. */
public final class App {
  /** The largest request body taken: the longest form is a few hundred kilobytes at most. */
  static final long MAX_BODY_BYTES = 1024 * 1024;

  /** How long a stop waits for requests in flight before closing the database. */
  static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

  private final Config config;
  private final Clock clock;
  private RequestLog requestLog = new RequestLog(System.out);
  private Database database;
  private Javalin server;
  private Passwords passwords = new Passwords();

  public App(Config config, Clock clock) {
    this.config = config;
    this.clock = clock;
  }

  /**
   * Opens the database, loads the seed if the database is empty, and starts serving. The database
   * is made ready on one thread while the web side is read in on another, as both take a while.
   */
  public App start() {
    Json json = new Json();
    RevisionLog revisions = new RevisionLog(json);
    CompletableFuture<Database> ready =
        CompletableFuture.supplyAsync(() -> ready(json, revisions, passwords));
    Assets assets = Assets.load();
    Templates templates = new Templates(new Format(), config.baseUrl(), assets.urls());
    try {
      database = ready.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException failure ? failure : e;
    }
    PageCache cache = new PageCache(database.changes()::current, config.cacheMegabytes());
    Parts parts = new Parts(templates, config.cacheMegabytes() / 4);
    Controllers controllers =
        Controllers.build(config, clock, database, json, revisions, passwords, cache, parts);
    SecurityHeaders security = new SecurityHeaders(config.secureCookies());
    server =
        Javalin.create(
            javalin -> {
              configure(javalin, templates);
              javalin.jetty.modifyServer(
                  jetty -> {
                    jetty.setErrorHandler(new JettyErrors(security));
                    jetty.setStopTimeout(STOP_TIMEOUT.toMillis());
                  });
              javalin.jetty.modifyServletContextHandler(
                  context -> {
                    // Outermost first: the log sees every request; requests in flight finish
                    // before a stop; no body may exceed the cap; cached pages skip the rest.
                    context.insertHandler(new FastPath(cache, security));
                    context.insertHandler(new SizeLimitHandler(MAX_BODY_BYTES, -1));
                    context.insertHandler(new GracefulHandler());
                    context.insertHandler(requestLog);
                  });
              Routes.register(javalin.routes, controllers, cache, security);
              javalin.routes.get("/static/*", assets::serve);
              javalin.routes.head("/static/*", assets::serve);
              ErrorPages.register(javalin.routes);
            });
    server.start(config.port());
    return this;
  }

  /** How passwords are hashed, instead of OWASP's settings: lighter, for tests. */
  public App hashingWith(Passwords passwords) {
    this.passwords = passwords;
    return this;
  }

  /** Where the request log goes, instead of standard output; for tests. */
  public App logRequestsTo(PrintStream out) {
    requestLog = new RequestLog(out);
    return this;
  }

  private void configure(JavalinConfig javalin, Templates templates) {
    javalin.startup.showJavalinBanner = false;
    javalin.fileRenderer(templates::render);
    javalin.http.defaultContentType = "text/plain; charset=utf-8";
    javalin.http.maxRequestSize = MAX_BODY_BYTES;
  }

  /**
   * Makes the database ready as {@link #start} does (migrated, seeded when empty if the
   * configuration asks, with its first admin) and closes it, serving nothing: for a database made
   * once and copied, as the tests make theirs.
   */
  public static void prepare(Config config, Clock clock, Passwords passwords) {
    Json json = new Json();
    new App(config, clock).ready(json, new RevisionLog(json), passwords).close();
  }

  /** The database, migrated, seeded when empty, and with its first admin. */
  private Database ready(Json json, RevisionLog revisions, Passwords passwords) {
    Database db = Database.open(config.dbUrl(), config.dbUser(), config.dbPassword());
    IncidentTypes.install(db);
    try {
      if (config.seed()) {
        new SeedLoader(db.jdbi(), json, revisions, clock).loadIfEmpty();
      }
      FirstAdmin.ensure(db.jdbi(), passwords, config.adminPassword(), clock)
          .ifPresent(App::announceFirstPassword);
      return db;
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
  }

  /** Printed once, on the first start without STORYLINE_ADMIN_PASSWORD; it is stored hashed. */
  private static void announceFirstPassword(String password) {
    System.out.println(
        "\n  First admin account created. Sign in at /admin/login as \""
            + FirstAdmin.USERNAME
            + "\" with the password\n\n      "
            + password
            + "\n\n  It is shown only this once. Change it under \"Your account\" after signing in.\n");
  }

  /**
   * Every route, as its method and path pattern, in the order registered: tests walk them all, so a
   * route added later is covered without a change to the tests.
   */
  public List<Map.Entry<String, String>> routeTable() {
    return server.unsafe.internalRouter.allHttpHandlers().stream()
        .map(p -> Map.entry(p.endpoint.method.name(), p.endpoint.path))
        .toList();
  }

  public int port() {
    return server.port();
  }

  public Jdbi jdbi() {
    return database.jdbi();
  }

  public void stop() {
    if (server != null) {
      server.stop();
      server = null;
    }
    if (database != null) {
      database.close();
      database = null;
    }
    requestLog.flush();
  }
}
