package storyline;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.http.staticfiles.Location;
import java.time.Clock;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import storyline.actor.ActorController;
import storyline.actor.ActorDao;
import storyline.db.Database;
import storyline.db.SeedLoader;
import storyline.incident.ClaimDao;
import storyline.incident.IncidentController;
import storyline.incident.IncidentDao;
import storyline.incident.IncidentQuery;
import storyline.place.PlaceController;
import storyline.place.PlaceDao;
import storyline.quote.QuoteDao;
import storyline.revision.RevisionLog;
import storyline.search.SearchController;
import storyline.search.SearchDao;
import storyline.source.SourceDao;
import storyline.story.StoryController;
import storyline.story.StoryDao;
import storyline.web.ErrorPages;
import storyline.web.Format;
import storyline.web.Json;
import storyline.web.Markdown;
import storyline.web.SecurityHeaders;
import storyline.web.Site;
import storyline.web.SiteController;
import storyline.web.Templates;

/** Wires the database, the DAOs and the controllers together, and holds the one route table. */
public final class App {
  private final Config config;
  private final Clock clock;
  private Database database;
  private Javalin server;

  public App(Config config, Clock clock) {
    this.config = config;
    this.clock = clock;
  }

  /** Opens the database, loads the seed if the database is empty, and starts serving. */
  public App start() {
    database = Database.open(config.dbUrl(), config.dbUser(), config.dbPassword());
    Json json = new Json();
    RevisionLog revisions = new RevisionLog(json);
    if (config.seed()) {
      new SeedLoader(database.jdbi(), json, revisions, clock).loadIfEmpty();
    }
    Templates templates = new Templates(new Format(), config.baseUrl());
    Controllers controllers = controllers(database, json);
    server =
        Javalin.create(
            javalin -> {
              configure(javalin, templates);
              routes(javalin.routes, controllers);
              ErrorPages.register(javalin.routes);
            });
    server.start(config.port());
    return this;
  }

  private void configure(JavalinConfig javalin, Templates templates) {
    javalin.startup.showJavalinBanner = false;
    javalin.fileRenderer(templates::render);
    javalin.http.defaultContentType = "text/plain; charset=utf-8";
    javalin.staticFiles.add(
        files -> {
          files.hostedPath = "/static";
          files.directory = "/static";
          files.location = Location.CLASSPATH;
          files.headers = Map.of("Cache-Control", "public, max-age=3600");
        });
  }

  /** Everything the routes call, built once per app from the database. */
  private record Controllers(
      SiteController site,
      StoryController stories,
      ActorController actors,
      IncidentController incidents,
      PlaceController places,
      SearchController search) {}

  private Controllers controllers(Database db, Json json) {
    Jdbi jdbi = db.jdbi();
    Site site = new Site("Storyline", config.baseUrl());
    StoryDao stories = jdbi.onDemand(StoryDao.class);
    ActorDao actors = jdbi.onDemand(ActorDao.class);
    PlaceDao places = jdbi.onDemand(PlaceDao.class);
    IncidentDao incidents = jdbi.onDemand(IncidentDao.class);
    ClaimDao claims = jdbi.onDemand(ClaimDao.class);
    QuoteDao quotes = jdbi.onDemand(QuoteDao.class);
    SourceDao sources = jdbi.onDemand(SourceDao.class);
    return new Controllers(
        new SiteController(db),
        new StoryController(
            stories, incidents, claims, quotes, sources, new Markdown(), json, site),
        new ActorController(actors, incidents, claims, quotes, json, site),
        new IncidentController(
            new IncidentQuery(jdbi),
            incidents,
            claims,
            quotes,
            sources,
            stories,
            actors,
            places,
            json,
            site),
        new PlaceController(places, incidents, json, site),
        new SearchController(new SearchDao(jdbi)));
  }

  /** Every route of the site, in one table. */
  private static void routes(RoutesConfig routes, Controllers c) {
    routes.before(SecurityHeaders::apply);

    routes.get("/", c.stories()::home);
    routes.get("/stories/{slug}", c.stories()::show);
    routes.get("/actors", c.actors()::list);
    routes.get("/actors/{slug}", c.actors()::show);
    routes.get("/incidents", c.incidents()::list);
    routes.get("/incidents/{slug}", c.incidents()::show);
    routes.get("/places", c.places()::list);
    routes.get("/places/{slug}", c.places()::show);
    routes.get("/search", c.search()::search);

    routes.get("/health", c.site()::health);
    routes.get("/robots.txt", c.site()::robots);
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
  }
}
