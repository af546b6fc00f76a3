package storyline.incident;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import storyline.picture.MapPlace;
import storyline.picture.Pictures;
import storyline.quote.QuoteDao;
import storyline.revision.ChangeLogDao;
import storyline.revision.EntityType;
import storyline.revision.Missing;
import storyline.source.Citation;
import storyline.source.Source;
import storyline.source.SourceDao;
import storyline.web.Json;
import storyline.web.Page;
import storyline.web.PageFields;
import storyline.web.Params;
import storyline.web.Parts;
import storyline.web.Site;

/** The filterable incident list and the incident page. */
public final class IncidentController {
  static final int PAGE_SIZE = 25;
  static final int CHANGES_ON_PAGE = 50;
  private static final String PARTS = "incident/parts";

  private final IncidentLists lists;
  private final IncidentDao incidents;
  private final ClaimDao claims;
  private final QuoteDao quotes;
  private final SourceDao sources;
  private final Json json;
  private final Site site;
  private final ChangeLogDao changes;
  private final Missing missing;
  private final Pictures pictures;
  private final Cards cards;
  private final Parts parts;

  public IncidentController(
      IncidentLists lists,
      IncidentDao incidents,
      ClaimDao claims,
      QuoteDao quotes,
      SourceDao sources,
      Json json,
      Site site,
      ChangeLogDao changes,
      Missing missing,
      Pictures pictures,
      Parts parts) {
    this.lists = lists;
    this.incidents = incidents;
    this.claims = claims;
    this.quotes = quotes;
    this.sources = sources;
    this.json = json;
    this.site = site;
    this.changes = changes;
    this.missing = missing;
    this.pictures = pictures;
    this.cards = new Cards(parts);
    this.parts = parts;
  }

  public void list(Context ctx) {
    IncidentFilter filter = IncidentFilter.from(ctx);
    Cursor after = cursor(ctx, "after");
    Cursor before = cursor(ctx, "before");
    if (after != null && before != null) {
      throw Params.badRequest("before", "cannot be given together with “after”");
    }
    ResolvedFilter resolved = lists.resolve(filter);
    List<ResolvedFilter.ActiveFilter> active = resolved.active();
    Overview overview = lists.query().overview(resolved);
    IncidentQuery.Result result =
        lists.query().page(resolved, after, before, PAGE_SIZE, overview.total());
    boolean partial = result.total().value() > IncidentQuery.PICTURED || result.total().more();
    String base = "/incidents";
    String query = filter.queryString();
    IncidentListPage.Parts rendered =
        new IncidentListPage.Parts(
            parts.render(
                PARTS,
                "filters",
                Map.of(
                    "filter",
                    filter,
                    "options",
                    lists.options(resolved),
                    "types",
                    lists.types(),
                    "verifications",
                    List.of(Verification.values()),
                    "sorts",
                    List.of(IncidentFilter.Sort.values()),
                    "anyActive",
                    !active.isEmpty())),
            parts.render(
                PARTS,
                "chart",
                Map.of("chart", pictures.dayChart(overview.days(), filter, partial))),
            parts.render(
                PARTS, "map", Map.of("map", pictures.map(MapPlace.of(overview.places())))));
    IncidentListPage page =
        new IncidentListPage(
            filter,
            result,
            cards.of(result.items(), 3, true),
            active,
            IncidentQuery.PICTURED,
            partial,
            rendered,
            pageUrl(filter, "after", result.next()),
            pageUrl(filter, "before", result.previous()),
            after == null && before == null ? null : withQuery(base, query),
            Page.of(
                    active.isEmpty() ? "Incidents" : "Incidents: " + describe(active),
                    "Every incident Storyline tracks, filtered by story, type, place, actor,"
                        + " verification, date and text.",
                    withQuery(base, query),
                    "incidents")
                .withFeeds(
                    Page.FeedLink.at(
                        active.isEmpty() ? "Every incident" : "Incidents: " + describe(active),
                        base,
                        query)));
    ctx.render("incident/list", PageFields.of(page));
  }

  public void show(Context ctx) {
    page(ctx, ctx.pathParam("slug"));
  }

  /** The page of the public incident at this slug; a preview renders drafts' incidents with it. */
  public void page(Context ctx, String slug) {
    Optional<IncidentItem> found = incidents.findPublic(slug);
    if (found.isEmpty()) {
      missing.answer(ctx, EntityType.INCIDENT, slug, "incident");
      return;
    }
    IncidentItem incident = found.get();
    List<ClaimItem> claimList = claims.listForIncident(incident.id());
    Map<Long, List<Citation>> citations =
        sources.claimCitationsForIncident(incident.id()).stream()
            .collect(Collectors.groupingBy(Citation::citingId));
    List<Source> cited = sources.listForIncident(incident.id());
    Optional<IncidentItem> violates =
        Optional.ofNullable(incident.violatesId()).flatMap(incidents::findPublicById);
    String path = "/incidents/" + incident.slug();
    IncidentPage page =
        new IncidentPage(
            incident,
            incidents.involvementsInIncident(incident.id()),
            ClaimSides.of(claimList),
            claimList.size(),
            citations,
            cited,
            Corroboration.of(cited),
            quotes.listForIncident(incident.id()),
            violates.orElse(null),
            incidents.listViolationsOf(incident.id()),
            changes.forIncident(incident.id(), CHANGES_ON_PAGE),
            Page.of(incident.title(), incident.summary(), path, "incidents")
                .withJsonLd(
                    "article",
                    json.writeForScript(structuredData(incident, path, claimList, citations)))
                .withFeeds(
                    Page.FeedLink.at(
                        "Changes to " + incident.storyTitle(),
                        "/stories/" + incident.storySlug(),
                        null)));
    ctx.render("incident/show", PageFields.of(page));
  }

  private static Cursor cursor(Context ctx, String name) {
    return Params.text(ctx, name, 40)
        .map(
            text ->
                Cursor.parse(text)
                    .orElseThrow(
                        () ->
                            Params.badRequest(name, "must be a page position like 2025-03-19_14")))
        .orElse(null);
  }

  private static String pageUrl(IncidentFilter filter, String direction, Cursor cursor) {
    if (cursor == null) {
      return null;
    }
    return "/incidents?" + filter.queryString(List.of(Map.entry(direction, cursor.toString())));
  }

  private static String withQuery(String path, String query) {
    return query.isEmpty() ? path : path + "?" + query;
  }

  private static String describe(List<ResolvedFilter.ActiveFilter> active) {
    return active.stream()
        .map(ResolvedFilter.ActiveFilter::label)
        .collect(Collectors.joining(", "));
  }

  /** The incident as a schema.org Event, with each claim about it as a Claim. */
  private Map<String, Object> structuredData(
      IncidentItem incident,
      String path,
      List<ClaimItem> claims,
      Map<Long, List<Citation>> citations) {
    List<Object> graph = new ArrayList<>();
    graph.add(event(incident, path));
    graph.addAll(ClaimData.of(claims, citations, site));
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("@context", "https://schema.org");
    data.put("@graph", graph);
    return data;
  }

  private Map<String, Object> event(IncidentItem incident, String path) {
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("@type", "Event");
    event.put("@id", ClaimData.eventId(site, incident.slug()));
    event.put("name", incident.title());
    event.put("description", incident.summary());
    event.put("startDate", incident.dateIso());
    if (incident.endsOn() != null) {
      event.put("endDate", incident.endsOn().toString());
    }
    event.put("eventAttendanceMode", "https://schema.org/OfflineEventAttendanceMode");
    event.put("url", site.url(path));
    if (incident.hasPlace()) {
      Map<String, Object> geo = new LinkedHashMap<>();
      geo.put("@type", "GeoCoordinates");
      geo.put("latitude", incident.latitude());
      geo.put("longitude", incident.longitude());
      Map<String, Object> place = new LinkedHashMap<>();
      place.put("@type", "Place");
      place.put("name", incident.placeName());
      place.put("address", incident.placeCountry());
      place.put("geo", geo);
      event.put("location", place);
    }
    return event;
  }
}
