package storyline.story;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.ZoneOffset;
import storyline.incident.IncidentQuery;
import storyline.incident.ResolvedFilter;
import storyline.picture.MapPlace;
import storyline.picture.Pictures;
import storyline.web.Format;

/** The 1200×630 PNG that social sites show for a story: title, last update and map. */
final class ShareCards {
  private final StoryDao stories;
  private final IncidentQuery query;
  private final Pictures pictures;
  private final Format format = new Format();

  ShareCards(StoryDao stories, IncidentQuery query, Pictures pictures) {
    this.stories = stories;
    this.query = query;
    this.pictures = pictures;
  }

  /** Sends the card of the published story at this slug; 404 when there is none. */
  void send(Context ctx, String slug) {
    Story story =
        stories
            .findPublic(slug)
            .orElseThrow(() -> new NotFoundResponse("There is no story at this address."));
    int incidentCount = stories.incidentCount(story.id());
    ResolvedFilter everything = ResolvedFilter.ofStory(story.id(), story.slug(), incidentCount);
    long contested = query.count(everything.contestedOnly()).value();
    byte[] png =
        pictures.card(
            story.title(),
            "Last updated "
                + format.day(stories.lastChangeAt(story.id()).atZone(ZoneOffset.UTC).toLocalDate()),
            format.count(incidentCount, "incident", "incidents")
                + (contested > 0 ? " · " + contested + " contested" : ""),
            MapPlace.of(query.overview(everything).places()));
    ctx.header("Cache-Control", "public, max-age=300");
    ctx.contentType("image/png");
    ctx.result(png);
  }
}
