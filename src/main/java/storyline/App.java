package storyline;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
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
import storyline.actor.ActorController;
import storyline.actor.ActorDao;
import storyline.actor.ActorEditing;
import storyline.admin.AccountsController;
import storyline.admin.AdminGate;
import storyline.admin.AdminPages;
import storyline.admin.AuthController;
import storyline.admin.BackupController;
import storyline.admin.DashboardController;
import storyline.admin.Derived;
import storyline.admin.EditorDao;
import storyline.admin.EntryController;
import storyline.admin.EntryKind;
import storyline.admin.FirstAdmin;
import storyline.admin.LoginFailureDao;
import storyline.admin.LoginThrottle;
import storyline.admin.Passwords;
import storyline.admin.SessionDao;
import storyline.admin.Sessions;
import storyline.db.Backup;
import storyline.db.Database;
import storyline.feed.ExportController;
import storyline.feed.FeedController;
import storyline.feed.FeedQuery;
import storyline.feed.FeedVersions;
import storyline.feed.FeedWriter;
import storyline.feed.SitemapController;
import storyline.incident.Cards;
import storyline.incident.ClaimDao;
import storyline.incident.IncidentController;
import storyline.incident.IncidentDao;
import storyline.incident.IncidentEditing;
import storyline.incident.IncidentLists;
import storyline.incident.IncidentQuery;
import storyline.picture.Pictures;
import storyline.picture.WorldShapes;
import storyline.place.PlaceController;
import storyline.place.PlaceDao;
import storyline.place.PlaceEditing;
import storyline.quote.QuoteDao;
import storyline.quote.QuoteEditing;
import storyline.revision.ChangeLogDao;
import storyline.revision.Missing;
import storyline.revision.RevisionLog;
import storyline.search.SearchController;
import storyline.search.SearchDao;
import storyline.search.SearchIndex;
import storyline.seed.SeedLoader;
import storyline.source.SourceDao;
import storyline.source.SourceEditing;
import storyline.story.StoryController;
import storyline.story.StoryDao;
import storyline.story.StoryEditing;
import storyline.web.Assets;
import storyline.web.ClientAddress;
import storyline.web.ErrorPages;
import storyline.web.FastPath;
import storyline.web.Format;
import storyline.web.JettyErrors;
import storyline.web.Json;
import storyline.web.Markdown;
import storyline.web.PageCache;
import storyline.web.Parts;
import storyline.web.RequestLog;
import storyline.web.SecurityHeaders;
import storyline.web.Site;
import storyline.web.SiteController;
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
    Passwords passwords = new Passwords();
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
    Controllers controllers = controllers(database, json, revisions, passwords, cache, parts);
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
              routes(javalin.routes, controllers, cache, security);
              javalin.routes.get("/static/*", assets::serve);
              javalin.routes.head("/static/*", assets::serve);
              ErrorPages.register(javalin.routes);
            });
    server.start(config.port());
    return this;
  }

  /** Where the request log goes, instead of standard output; for tests. */
  public App logRequestsTo(PrintStream out) {
    requestLog = new RequestLog(out);
    return this;
  }

  /**
   * No route takes files, so a multipart body is refused before anything reads it: otherwise the
   * servlet layer would spool it to disk for anyone who sends one.
   */
  private static void refuseUploads(Context ctx) {
    String type = ctx.header("Content-Type");
    if (type != null && type.regionMatches(true, 0, "multipart/", 0, "multipart/".length())) {
      throw new HttpResponseException(
          HttpStatus.UNSUPPORTED_MEDIA_TYPE.getCode(),
          "Forms here are sent as plain fields; files cannot be uploaded.");
    }
  }

  private void configure(JavalinConfig javalin, Templates templates) {
    javalin.startup.showJavalinBanner = false;
    javalin.fileRenderer(templates::render);
    javalin.http.defaultContentType = "text/plain; charset=utf-8";
    javalin.http.maxRequestSize = MAX_BODY_BYTES;
  }

  /** The database, migrated, seeded when empty, and with its first admin. */
  private Database ready(Json json, RevisionLog revisions, Passwords passwords) {
    Database db = Database.open(config.dbUrl(), config.dbUser(), config.dbPassword());
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

  /** Everything the routes call, built once per app from the database. */
  private record Controllers(
      SiteController site,
      StoryController stories,
      ActorController actors,
      IncidentController incidents,
      PlaceController places,
      SearchController search,
      AdminGate gate,
      AuthController auth,
      DashboardController dashboard,
      AccountsController accounts,
      List<EntryController<?, ?>> entries,
      FeedController feeds,
      ExportController exports,
      SitemapController sitemap,
      BackupController backup) {}

  private Controllers controllers(
      Database db,
      Json json,
      RevisionLog revisions,
      Passwords passwords,
      PageCache cache,
      Parts parts) {
    Jdbi jdbi = db.jdbi();
    Site site = new Site("Storyline", config.baseUrl());
    Missing missing = new Missing(jdbi);
    Pictures pictures = new Pictures(WorldShapes::load);
    ChangeLogDao changes = jdbi.onDemand(ChangeLogDao.class);
    EditorDao editors = jdbi.onDemand(EditorDao.class);
    Sessions sessions =
        new Sessions(jdbi.onDemand(SessionDao.class), editors, clock, config.secureCookies());
    // The kinds of entry the admin edits, in the order its navigation lists them.
    List<EntryKind<?, ?>> kinds =
        List.of(
            new StoryEditing(),
            new IncidentEditing(),
            new ActorEditing(),
            new PlaceEditing(),
            new SourceEditing(),
            new QuoteEditing());
    AdminPages pages = new AdminPages(sessions, kinds);
    AuthController auth =
        new AuthController(
            sessions,
            editors,
            passwords,
            new LoginThrottle(jdbi.onDemand(LoginFailureDao.class), clock),
            pages,
            new ClientAddress(config.trustedProxies()));
    Derived derived = new Derived(new SearchIndex());
    List<EntryController<?, ?>> entries =
        kinds.stream()
            .<EntryController<?, ?>>map(
                kind -> EntryController.of(kind, jdbi, pages, revisions, json, clock, derived))
            .toList();
    StoryDao stories = jdbi.onDemand(StoryDao.class);
    ActorDao actors = jdbi.onDemand(ActorDao.class);
    PlaceDao places = jdbi.onDemand(PlaceDao.class);
    IncidentDao incidents = jdbi.onDemand(IncidentDao.class);
    ClaimDao claims = jdbi.onDemand(ClaimDao.class);
    QuoteDao quotes = jdbi.onDemand(QuoteDao.class);
    SourceDao sources = jdbi.onDemand(SourceDao.class);
    IncidentQuery query = new IncidentQuery(jdbi, db.vendor() == Database.Vendor.H2);
    IncidentLists lists = new IncidentLists(query, stories, places, actors, incidents);
    return new Controllers(
        new SiteController(db),
        new StoryController(
            stories,
            incidents,
            query,
            claims,
            quotes,
            sources,
            new Markdown(),
            json,
            site,
            changes,
            missing,
            pictures,
            parts),
        new ActorController(actors, incidents, query, claims, quotes, json, site, missing),
        new IncidentController(
            lists, incidents, claims, quotes, sources, json, site, changes, missing, pictures,
            parts),
        new PlaceController(
            places, incidents, query, json, site, missing, pictures, new Cards(parts)),
        new SearchController(new SearchDao(jdbi)),
        new AdminGate(sessions, auth),
        auth,
        new DashboardController(jdbi, pages),
        new AccountsController(jdbi, pages, passwords, revisions, clock, sessions),
        entries,
        new FeedController(
            new FeedQuery(jdbi),
            new FeedWriter(site),
            stories,
            actors,
            places,
            lists,
            new FeedVersions(jdbi),
            clock),
        new ExportController(lists, jdbi, json, site, cache),
        new SitemapController(stories, actors, places, lists, site),
        new BackupController(db.dataSource(), Backup.writeToken(config.dbUrl())));
  }

  /**
   * Every route of the site, in one table. Public pages, feeds and exports are served from the page
   * cache and answer HEAD as they answer GET.
   */
  private static void routes(
      RoutesConfig routes, Controllers c, PageCache cache, SecurityHeaders security) {
    routes.before(security::apply);
    routes.before(App::refuseUploads);

    Public pub =
        (path, handler) -> {
          routes.get(path, cache.cached(handler));
          routes.head(path, cache.cached(handler));
        };
    pub.route("/", c.stories()::home);
    pub.route("/stories/{slug}", c.stories()::show);
    pub.route("/stories/{slug}/changes", c.stories()::changes);
    pub.route("/stories/{slug}/card.png", c.stories()::card);
    pub.route("/actors", c.actors()::list);
    pub.route("/actors/{slug}", c.actors()::show);
    pub.route("/incidents", c.incidents()::list);
    pub.route("/incidents/feed.xml", c.feeds()::incidents);
    pub.route("/incidents/feed.atom", c.feeds()::incidents);
    pub.route("/incidents/{slug}", c.incidents()::show);
    pub.route("/places", c.places()::list);
    pub.route("/places/{slug}", c.places()::show);
    pub.route("/search", c.search()::search);

    pub.route("/feed.xml", c.feeds()::site);
    pub.route("/feed.atom", c.feeds()::site);
    pub.route("/stories/{slug}/feed.xml", c.feeds()::story);
    pub.route("/stories/{slug}/feed.atom", c.feeds()::story);
    pub.route("/actors/{slug}/feed.xml", c.feeds()::actor);
    pub.route("/actors/{slug}/feed.atom", c.feeds()::actor);
    pub.route("/places/{slug}/feed.xml", c.feeds()::place);
    pub.route("/places/{slug}/feed.atom", c.feeds()::place);
    pub.route("/sitemap.xml", c.sitemap()::sitemap);
    pub.route("/robots.txt", c.sitemap()::robots);
    routes.get("/incidents.csv", c.exports()::csv);
    routes.head("/incidents.csv", c.exports()::csv);
    routes.get("/incidents.json", c.exports()::json);
    routes.head("/incidents.json", c.exports()::json);
    routes.get("/health", c.site()::health);
    routes.head("/health", c.site()::health);

    routes.post("/operator/backup", c.backup()::backup);

    routes.before("/admin", c.gate()::check);
    routes.before("/admin/*", c.gate()::check);
    routes.get("/admin/login", c.auth()::loginForm);
    routes.post("/admin/login", c.auth()::login);
    routes.post("/admin/logout", c.auth()::logout);
    routes.get("/admin", c.dashboard()::show);
    routes.get("/admin/account", c.accounts()::accountForm);
    routes.post("/admin/account/password", c.accounts()::changeOwnPassword);
    routes.get("/admin/editors", c.accounts()::list);
    routes.get("/admin/editors/new", c.accounts()::newForm);
    routes.post("/admin/editors", c.accounts()::create);
    routes.get("/admin/editors/{id}/edit", c.accounts()::editForm);
    routes.post("/admin/editors/{id}", c.accounts()::update);
    routes.post("/admin/editors/{id}/password", c.accounts()::resetPassword);
    for (EntryController<?, ?> entry : c.entries()) {
      String base = entry.path();
      routes.get(base, entry::list);
      routes.get(base + "/new", entry::newForm);
      routes.post(base, entry::create);
      routes.get(base + "/{id}/edit", entry::editForm);
      routes.post(base + "/{id}", entry::update);
      routes.post(base + "/{id}/archive", entry::archive);
      routes.post(base + "/{id}/restore", entry::restore);
      routes.get(base + "/{id}/history", entry::history);
      routes.post(base + "/{id}/history/{revision}/restore", entry::restoreRevision);
    }
  }

  /** Adds a public route, cached, for GET and HEAD. */
  @FunctionalInterface
  private interface Public {
    void route(String path, Handler handler);
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
