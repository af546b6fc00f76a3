package storyline.story;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import storyline.incident.Cards;
import storyline.incident.Cast;
import storyline.incident.ClaimDao;
import storyline.incident.ClaimItem;
import storyline.incident.ClaimSides;
import storyline.incident.IncidentDao;
import storyline.incident.IncidentItem;
import storyline.incident.IncidentQuery;
import storyline.incident.Overview;
import storyline.incident.ResolvedFilter;
import storyline.incident.Timeline;
import storyline.picture.MapPlace;
import storyline.picture.Pictures;
import storyline.quote.QuoteDao;
import storyline.revision.ChangeLogDao;
import storyline.revision.EntityType;
import storyline.revision.Missing;
import storyline.source.SourceDao;
import storyline.web.Format;
import storyline.web.Json;
import storyline.web.Markdown;
import storyline.web.Page;
import storyline.web.PageFields;
import storyline.web.Params;
import storyline.web.Parts;
import storyline.web.Site;

/** The home page and the story page. */
public final class StoryController {
  static final int LATEST_PER_STORY = 3;
  static final int HOME_STORIES = 20;

  /** The newest incidents listed on a story's page; the list of incidents has them all. */
  static final int ON_PAGE = 50;

  static final int CONTESTED_ON_PAGE = 10;
  static final int QUOTES_ON_PAGE = 20;
  private static final String PARTS = "story/parts";

  /** The newest incidents drawn on a story's timeline, one mark each. */
  static final int ON_TIMELINE = 200;

  static final int CHANGES_ON_PAGE = 10;
  static final int MAX_CHANGES = 500;

  private final StoryDao stories;
  private final IncidentDao incidents;
  private final IncidentQuery query;
  private final ClaimDao claims;
  private final QuoteDao quotes;
  private final SourceDao sources;
  private final Markdown markdown;
  private final Json json;
  private final Site site;
  private final ChangeLogDao changes;
  private final Missing missing;
  private final Pictures pictures;
  private final Parts parts;
  private final Cards cards;
  private final Format format = new Format();
  private final StoryArticle article;
  private final ShareCards shareCards;

  public StoryController(
      StoryDao stories,
      IncidentDao incidents,
      IncidentQuery query,
      ClaimDao claims,
      QuoteDao quotes,
      SourceDao sources,
      Markdown markdown,
      Json json,
      Site site,
      ChangeLogDao changes,
      Missing missing,
      Pictures pictures,
      Parts parts) {
    this.stories = stories;
    this.incidents = incidents;
    this.query = query;
    this.claims = claims;
    this.quotes = quotes;
    this.sources = sources;
    this.markdown = markdown;
    this.json = json;
    this.site = site;
    this.changes = changes;
    this.missing = missing;
    this.pictures = pictures;
    this.parts = parts;
    this.cards = new Cards(parts);
    this.article = new StoryArticle(site, sources);
    this.shareCards = new ShareCards(stories, query, pictures);
  }

  public void home(Context ctx) {
    List<StoryCard> shown = stories.listPublic(HOME_STORIES);
    Map<Long, List<String>> latest = new LinkedHashMap<>();
    for (StoryCard story : shown) {
      latest.put(
          story.id(),
          cards.of(
              query.newest(
                  ResolvedFilter.ofStory(story.id(), story.slug(), story.incidentCount()),
                  LATEST_PER_STORY),
              4,
              false));
    }
    ctx.render(
        "story/home",
        PageFields.of(
            new HomePage(
                shown,
                latest,
                Page.of(
                        "Storyline",
                        "Developing news stories, incident by incident: what happened, who is involved,"
                            + " and who says what.",
                        "/",
                        "stories")
                    .withJsonLd("website", json.writeForScript(article.website()))
                    .withFeeds(Page.FeedLink.site()))));
  }

  public void show(Context ctx) {
    page(ctx, ctx.pathParam("slug"));
  }

  /** The page of the published story at this slug; {@link Preview} renders drafts with it. */
  void page(Context ctx, String slug) {
    Optional<Story> found = stories.findPublic(slug);
    if (found.isEmpty()) {
      missing.answer(ctx, EntityType.STORY, slug, "story");
      return;
    }
    Story story = found.get();
    int incidentCount = stories.incidentCount(story.id());
    ResolvedFilter everything = ResolvedFilter.ofStory(story.id(), story.slug(), incidentCount);
    List<IncidentItem> newest = query.newest(everything, ON_PAGE);
    List<IncidentItem> contestedShown =
        new ArrayList<>(query.newest(everything.contestedOnly(), CONTESTED_ON_PAGE));
    Collections.reverse(contestedShown);
    Map<Long, List<ClaimItem>> claimsByIncident =
        contestedShown.isEmpty()
            ? Map.of()
            : claims
                .listForIncidents(contestedShown.stream().map(IncidentItem::id).toList())
                .stream()
                .collect(Collectors.groupingBy(ClaimItem::incidentId));
    List<StoryPage.Contested> contested =
        contestedShown.stream()
            .map(
                i ->
                    new StoryPage.Contested(
                        i, ClaimSides.of(claimsByIncident.getOrDefault(i.id(), List.of()))))
            .toList();
    int contestedCount = query.count(everything.contestedOnly()).value();
    Overview overview = query.overview(everything);
    List<IncidentItem> pictured = new ArrayList<>(query.newest(everything, ON_TIMELINE));
    Collections.reverse(pictured);
    List<IncidentItem> timeline = new ArrayList<>(newest);
    Collections.reverse(timeline);
    Instant lastUpdated = stories.lastChangeAt(story.id());
    String path = "/stories/" + story.slug();
    String bodyHtml = markdown.toSafeHtml(story.body());
    List<StoryPage.DayCards> days =
        Timeline.byDay(timeline).stream()
            .map(
                day ->
                    new StoryPage.DayCards(
                        format.iso(day.date()),
                        format.weekday(day.date()),
                        cards.of(day.incidents(), 4, false)))
            .toList();
    StoryPage.Parts rendered =
        new StoryPage.Parts(
            parts.render(
                PARTS,
                "map",
                Map.of(
                    "map",
                    pictures.map(MapPlace.of(overview.places())),
                    "storyTitle",
                    story.title())),
            parts.render(
                PARTS,
                "timeline",
                Map.of("timelineChart", pictures.timeline(pictured, lastUpdated))),
            parts.render(
                PARTS,
                "contested",
                Map.of(
                    "contested",
                    contested,
                    "contestedCount",
                    contestedCount,
                    "storySlug",
                    story.slug())),
            parts.render(
                PARTS,
                "aside",
                Map.of(
                    "cast",
                    Cast.of(
                        incidents.castOfStory(story.id(), IncidentQuery.PICTURED),
                        incidents.incidentsPerActorInStory(story.id(), IncidentQuery.PICTURED)),
                    "countedAll",
                    incidentCount <= IncidentQuery.PICTURED,
                    "quotes",
                    quotes.listForStory(story.id(), QUOTES_ON_PAGE),
                    "bodyHtml",
                    bodyHtml,
                    "sources",
                    sources.listForStory(story.id(), IncidentQuery.PICTURED))));
    StoryPage page =
        new StoryPage(
            story,
            lastUpdated,
            overview.types(),
            incidentCount,
            newest.size(),
            days,
            incidentCount <= ON_TIMELINE,
            incidentCount <= IncidentQuery.PICTURED,
            ON_TIMELINE,
            contested,
            contestedCount,
            rendered,
            changes.forStory(story.id(), Instant.EPOCH, CHANGES_ON_PAGE),
            Page.of(story.title(), story.summary(), path, "stories")
                .withJsonLd(
                    "article",
                    json.writeForScript(
                        article.structuredData(story, lastUpdated, path, claimsByIncident)))
                .withFeeds(storyFeed(story), Page.FeedLink.site())
                .withImage(path + "/card.png"));
    ctx.render("story/show", PageFields.of(page));
  }

  /** The 1200×630 PNG that social sites show for the story: title, last update and map. */
  public void card(Context ctx) {
    shareCards.send(ctx, ctx.pathParam("slug"));
  }

  /** What changed in the story since a date (all of it without one), with the editors' notes. */
  public void changes(Context ctx) {
    Optional<LocalDate> since = Params.date(ctx, "since");
    Optional<Story> found = stories.findPublic(ctx.pathParam("slug"));
    if (found.isEmpty()) {
      missing.answer(ctx, EntityType.STORY, ctx.pathParam("slug"), "story");
      return;
    }
    Story story = found.get();
    Instant from = since.map(d -> d.atStartOfDay(ZoneOffset.UTC).toInstant()).orElse(Instant.EPOCH);
    String path =
        "/stories/" + story.slug() + "/changes" + since.map(d -> "?since=" + d).orElse("");
    StoryChangesPage page =
        new StoryChangesPage(
            story,
            since.orElse(null),
            changes.forStory(story.id(), from, MAX_CHANGES),
            Page.of(
                    "Changes: " + story.title(),
                    "What changed in “"
                        + story.title()
                        + "”: additions, corrections and status changes.",
                    path,
                    "stories")
                .withFeeds(storyFeed(story), Page.FeedLink.site()));
    ctx.render("story/changes", PageFields.of(page));
  }

  static Page.FeedLink storyFeed(Story story) {
    return Page.FeedLink.at("Changes to " + story.title(), "/stories/" + story.slug(), null);
  }
}
