package storyline.feed;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import storyline.actor.Actor;
import storyline.actor.ActorDao;
import storyline.incident.IncidentFilter;
import storyline.incident.IncidentItem;
import storyline.incident.IncidentLists;
import storyline.place.Place;
import storyline.place.PlaceDao;
import storyline.story.Story;
import storyline.story.StoryDao;

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

  public FeedController(
      FeedQuery feeds,
      FeedWriter writer,
      StoryDao stories,
      ActorDao actors,
      PlaceDao places,
      IncidentLists lists) {
    this.feeds = feeds;
    this.writer = writer;
    this.stories = stories;
    this.actors = actors;
    this.places = places;
    this.lists = lists;
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
    IncidentFilter filter = IncidentFilter.from(ctx);
    String description = lists.describe(filter);
    List<Long> ids =
        lists.matching(filter, MAX_FILTERED_INCIDENTS).stream().map(IncidentItem::id).toList();
    String query = filter.queryString();
    serve(
        ctx,
        FeedScope.incidents(
            description.isEmpty()
                ? "Storyline: every incident"
                : "Storyline incidents: " + description,
            query.isEmpty() ? "/incidents" : "/incidents?" + query,
            ids));
  }

  private void serve(Context ctx, FeedScope scope) {
    FeedWriter.Format format =
        ctx.path().endsWith(".atom") ? FeedWriter.Format.ATOM : FeedWriter.Format.RSS;
    FeedQuery.Feed feed = feeds.read(scope);
    Instant lastModified = lastModified(feed);
    String self = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
    String body = writer.write(scope, feed, format, self, lastModified);
    String etag = "\"" + digest(body) + "\"";
    ctx.header("ETag", etag);
    ctx.header("Last-Modified", HTTP_DATE.format(lastModified.atZone(ZoneOffset.UTC)));
    ctx.header("Cache-Control", "public, max-age=60");
    if (notModified(ctx, etag, lastModified)) {
      ctx.status(HttpStatus.NOT_MODIFIED);
      return;
    }
    ctx.contentType(format.contentType);
    ctx.result(body);
  }

  static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME;

  /** If-None-Match decides when it is sent; otherwise If-Modified-Since does. */
  static boolean notModified(Context ctx, String etag, Instant lastModified) {
    String ifNoneMatch = ctx.header("If-None-Match");
    if (ifNoneMatch != null) {
      return Stream.of(ifNoneMatch.split(","))
          .map(String::strip)
          .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
          .anyMatch(tag -> tag.equals(etag) || tag.equals("*"));
    }
    String ifModifiedSince = ctx.header("If-Modified-Since");
    if (ifModifiedSince != null) {
      try {
        Instant since = ZonedDateTime.parse(ifModifiedSince, HTTP_DATE).toInstant();
        return !lastModified.truncatedTo(ChronoUnit.SECONDS).isAfter(since);
      } catch (DateTimeParseException e) {
        return false;
      }
    }
    return false;
  }

  /** When anything the feed could show last changed, to the second. */
  private static Instant lastModified(FeedQuery.Feed feed) {
    return feed.lastChange().truncatedTo(ChronoUnit.SECONDS);
  }

  private static String digest(String body) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
