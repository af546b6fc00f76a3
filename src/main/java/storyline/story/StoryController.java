package storyline.story;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import storyline.incident.Cast;
import storyline.incident.ClaimDao;
import storyline.incident.ClaimItem;
import storyline.incident.ClaimSides;
import storyline.incident.IncidentDao;
import storyline.incident.IncidentItem;
import storyline.incident.Timeline;
import storyline.quote.QuoteDao;
import storyline.source.SourceDao;
import storyline.web.Json;
import storyline.web.Markdown;
import storyline.web.Page;
import storyline.web.Site;

/** The home page and the story page. */
public final class StoryController {
  static final int LATEST_PER_STORY = 3;

  private final StoryDao stories;
  private final IncidentDao incidents;
  private final ClaimDao claims;
  private final QuoteDao quotes;
  private final SourceDao sources;
  private final Markdown markdown;
  private final Json json;
  private final Site site;

  public StoryController(
      StoryDao stories,
      IncidentDao incidents,
      ClaimDao claims,
      QuoteDao quotes,
      SourceDao sources,
      Markdown markdown,
      Json json,
      Site site) {
    this.stories = stories;
    this.incidents = incidents;
    this.claims = claims;
    this.quotes = quotes;
    this.sources = sources;
    this.markdown = markdown;
    this.json = json;
    this.site = site;
  }

  public void home(Context ctx) {
    Map<Long, List<IncidentItem>> latest =
        incidents.listLatestPerStory(LATEST_PER_STORY).stream()
            .collect(Collectors.groupingBy(IncidentItem::storyId));
    ctx.render(
        "story/home",
        Map.of(
            "stories",
            stories.listPublic(),
            "latest",
            latest,
            "page",
            Page.of(
                "Storyline",
                "Developing news stories, incident by incident: what happened, who is involved,"
                    + " and who says what.",
                "/",
                "stories")));
  }

  public void show(Context ctx) {
    Story story =
        stories
            .findPublic(ctx.pathParam("slug"))
            .orElseThrow(() -> new NotFoundResponse("There is no story at this address."));
    List<IncidentItem> timeline = incidents.listForStory(story.id());
    Map<Long, List<ClaimItem>> claimsByIncident =
        claims.listForStory(story.id()).stream()
            .collect(Collectors.groupingBy(ClaimItem::incidentId));
    List<Contested> contested =
        timeline.stream()
            .filter(IncidentItem::contested)
            .map(
                i ->
                    new Contested(
                        i, ClaimSides.of(claimsByIncident.getOrDefault(i.id(), List.of()))))
            .toList();
    Instant lastUpdated = stories.lastUpdatedAt(story.id());
    String path = "/stories/" + story.slug();
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("story", story);
    model.put("bodyHtml", markdown.toSafeHtml(story.body()));
    model.put("lastUpdated", lastUpdated);
    model.put("typeCounts", incidents.countByType(story.id()));
    model.put("incidentCount", timeline.size());
    model.put("days", Timeline.byDay(timeline));
    model.put("cast", Cast.of(incidents.involvementsInStory(story.id())));
    model.put("contested", contested);
    model.put("quotes", quotes.listForStory(story.id()));
    model.put("sources", sources.listForStory(story.id()));
    model.put(
        "page",
        Page.of(story.title(), story.summary(), path, "stories")
            .withJsonLd("article", json.writeForScript(newsArticle(story, lastUpdated, path))));
    ctx.render("story/show", model);
  }

  /** A contested incident with the claims of each side. */
  public record Contested(IncidentItem incident, List<ClaimSides.Side> sides) {}

  private Map<String, Object> newsArticle(Story story, Instant lastUpdated, String path) {
    Map<String, Object> article = new LinkedHashMap<>();
    article.put("@context", "https://schema.org");
    article.put("@type", "NewsArticle");
    article.put("headline", story.title());
    article.put("description", story.summary());
    article.put("url", site.url(path));
    article.put("mainEntityOfPage", site.url(path));
    if (story.publishedAt() != null) {
      article.put("datePublished", story.publishedAt().toString());
    }
    article.put("dateModified", lastUpdated.toString());
    article.put("publisher", site.publisher());
    article.put("author", site.publisher());
    return article;
  }
}
