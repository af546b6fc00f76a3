package storyline;

import java.time.Clock;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import storyline.actor.ActorController;
import storyline.actor.ActorDao;
import storyline.actor.ActorEditing;
import storyline.admin.AccountController;
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
import storyline.incident.IncidentTypeEditing;
import storyline.incident.IncidentTypes;
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
import storyline.source.SourceDao;
import storyline.source.SourceEditing;
import storyline.story.Preview;
import storyline.story.StoryController;
import storyline.story.StoryDao;
import storyline.story.StoryEditing;
import storyline.web.ClientAddress;
import storyline.web.Json;
import storyline.web.Markdown;
import storyline.web.PageCache;
import storyline.web.Parts;
import storyline.web.Site;
import storyline.web.SiteController;

/** Everything the routes call, built once per app from the database. */
record Controllers(
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
    AccountController account,
    List<EntryController<?, ?>> entries,
    FeedController feeds,
    ExportController exports,
    SitemapController sitemap,
    BackupController backup,
    Preview preview) {

  /** The controllers of one app, wired to its database, cache and configuration. */
  static Controllers build(
      Config config,
      Clock clock,
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
    ClientAddress clients = new ClientAddress(config.trustedProxies());
    Sessions sessions =
        new Sessions(
            jdbi.onDemand(SessionDao.class), editors, clock, config.secureCookies(), clients);
    // The kinds of entry the admin edits, in the order its navigation lists them.
    List<EntryKind<?, ?>> kinds =
        List.of(
            new StoryEditing(),
            new IncidentEditing(),
            new ActorEditing(),
            new PlaceEditing(),
            new SourceEditing(),
            new QuoteEditing(),
            new IncidentTypeEditing());
    AdminPages pages = new AdminPages(sessions, kinds);
    AuthController auth =
        new AuthController(
            sessions,
            editors,
            passwords,
            new LoginThrottle(jdbi.onDemand(LoginFailureDao.class), clock),
            pages,
            clients);
    Derived derived = new Derived(new SearchIndex());
    List<EntryController<?, ?>> entries =
        kinds.stream()
            .<EntryController<?, ?>>map(
                kind -> new EntryController<>(kind, jdbi, pages, revisions, json, clock, derived))
            .toList();
    StoryDao stories = jdbi.onDemand(StoryDao.class);
    ActorDao actors = jdbi.onDemand(ActorDao.class);
    PlaceDao places = jdbi.onDemand(PlaceDao.class);
    IncidentDao incidents = jdbi.onDemand(IncidentDao.class);
    ClaimDao claims = jdbi.onDemand(ClaimDao.class);
    QuoteDao quotes = jdbi.onDemand(QuoteDao.class);
    SourceDao sources = jdbi.onDemand(SourceDao.class);
    IncidentQuery query = new IncidentQuery(jdbi, db.vendor() == Database.Vendor.H2);
    IncidentLists lists =
        new IncidentLists(query, stories, places, actors, incidents, IncidentTypes.of(jdbi));
    StoryController storyPages =
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
            parts);
    IncidentController incidentPages =
        new IncidentController(
            lists, incidents, claims, quotes, sources, json, site, changes, missing, pictures,
            parts);
    return new Controllers(
        new SiteController(db),
        storyPages,
        new ActorController(actors, incidents, query, claims, quotes, json, site, missing),
        incidentPages,
        new PlaceController(
            places, incidents, query, json, site, missing, pictures, new Cards(parts)),
        new SearchController(new SearchDao(jdbi)),
        new AdminGate(sessions, auth),
        auth,
        new DashboardController(jdbi, pages),
        new AccountsController(jdbi, pages, passwords, revisions, clock, sessions),
        new AccountController(jdbi, pages, passwords, revisions, clock, sessions),
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
        new BackupController(db.dataSource(), Backup.writeToken(config.dbUrl())),
        new Preview(jdbi, storyPages, incidentPages, clock));
  }
}
