package storyline;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import storyline.admin.EntryController;
import storyline.web.PageCache;
import storyline.web.SecurityHeaders;

/** Every route of the site, in one table. */
final class Routes {
  private Routes() {}

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

  /**
   * Every route of the site, in one table. Public pages, feeds and exports are served from the page
   * cache and answer HEAD as they answer GET.
   */
  static void register(
      RoutesConfig routes, Controllers c, PageCache cache, SecurityHeaders security) {
    routes.before(security::apply);
    routes.before(Routes::refuseUploads);

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
    routes.get("/admin/stories/{id}/preview", c.preview()::story);
    routes.get("/admin/incidents/{id}/preview", c.preview()::incident);
    routes.get("/admin/account", c.account()::accountForm);
    routes.post("/admin/account/password", c.account()::changeOwnPassword);
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
}
