package storyline.feed;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import storyline.actor.Actor;
import storyline.actor.ActorDao;
import storyline.incident.IncidentFilter;
import storyline.incident.IncidentItem;
import storyline.incident.IncidentLists;
import storyline.incident.ResolvedFilter;
import storyline.place.Place;
import storyline.place.PlaceDao;
import storyline.story.Story;
import storyline.story.StoryDao;
import storyline.web.Conditional;
import storyline.web.Digest;

/**
 * Every feed: the site's, a story's, an actor's, a place's and any filtered incident list's, in RSS
 * and Atom. Feeds answer conditional GETs with 304 and may be cached for a minute.
 */
public final class FeedController {
  static final int MAX_FILTERED_INCIDENTS = 1000;

  private final FeedQuery feeds;
  private final FeedWriter writer;
  private final StoryDao stories;
  private final ActorDao actors;
  private final PlaceDao places;
  private final IncidentLists lists;
  private final FeedVersions versions;
  private final Clock clock;

  public FeedController(
      FeedQuery feeds,
      FeedWriter writer,
      StoryDao stories,
      ActorDao actors,
      PlaceDao places,
      IncidentLists lists,
      FeedVersions versions,
      Clock clock) {
    this.feeds = feeds;
    this.writer = writer;
    this.stories = stories;
    this.actors = actors;
    this.places = places;
    this.lists = lists;
    this.versions = versions;
    this.clock = clock;
  }

  public void site(Context ctx) {
    serve(ctx, FeedScope.site());
  }

  public void story(Context ctx) {
    Story story =
        stories
            .findPublic(ctx.pathParam("slug"))
            .orElseThrow(() -> new NotFoundResponse("There is no story with this feed."));
    serve(ctx, FeedScope.story(story.id(), story.title(), story.slug()));
  }

  public void actor(Context ctx) {
    Actor actor =
        actors
            .findPublic(ctx.pathParam("slug"))
            .orElseThrow(() -> new NotFoundResponse("There is no actor with this feed."));
    serve(ctx, FeedScope.actor(actor.id(), actor.name(), actor.slug()));
  }

  public void place(Context ctx) {
    Place place =
        places
            .findPublic(ctx.pathParam("slug"))
            .orElseThrow(() -> new NotFoundResponse("There is no place with this feed."));
    serve(ctx, FeedScope.place(place.id(), place.name(), place.slug()));
  }

  /** The feed of the incident list with the same filters, given the same way. */
  public void incidents(Context ctx) {
    ResolvedFilter filter = lists.resolve(IncidentFilter.from(ctx));
    String description = filter.describe();
    List<Long> ids =
        lists.query().newest(filter, MAX_FILTERED_INCIDENTS).stream()
            .map(IncidentItem::id)
            .toList();
    String query = filter.filter().queryString();
    serve(
        ctx,
        FeedScope.incidents(
            description.isEmpty()
                ? "Storyline: every incident"
                : "Storyline incidents: " + description,
            query.isEmpty() ? "/incidents" : "/incidents?" + query,
            ids));
  }

  /**
   * Writes the feed with an ETag of its body and a Last-Modified that moves only with the body; the
   * page cache answers conditional requests from them without writing it again.
   */
  private void serve(Context ctx, FeedScope scope) {
    FeedWriter.Format format =
        ctx.path().endsWith(".atom") ? FeedWriter.Format.ATOM : FeedWriter.Format.RSS;
    FeedQuery.Feed feed = feeds.read(scope);
    String self = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
    byte[] body =
        writer.write(scope, feed, format, self, feed.updated()).getBytes(StandardCharsets.UTF_8);
    String etag = "\"" + Digest.hex(body, 16) + "\"";
    versions
        .lastModified(self, etag, clock.instant())
        .ifPresent(
            at ->
                ctx.header(
                    "Last-Modified", Conditional.HTTP_DATE.format(at.atZone(ZoneOffset.UTC))));
    ctx.header("Cache-Control", "public, max-age=60");
    ctx.contentType(format.contentType);
    ctx.result(body);
  }
}
