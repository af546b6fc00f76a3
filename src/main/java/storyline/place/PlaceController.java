package storyline.place;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import storyline.incident.Cards;
import storyline.incident.IncidentDao;
import storyline.incident.IncidentItem;
import storyline.incident.IncidentQuery;
import storyline.incident.ResolvedFilter;
import storyline.picture.MapPlace;
import storyline.picture.Pictures;
import storyline.revision.EntityType;
import storyline.revision.Missing;
import storyline.web.Json;
import storyline.web.Page;
import storyline.web.PageFields;
import storyline.web.Site;

/** The places index and the page of incidents at one place. */
public final class PlaceController {
  /** The newest incidents listed on a place's page; the list of incidents has them all. */
  static final int ON_PAGE = 25;

  private final PlaceDao places;
  private final IncidentDao incidents;
  private final IncidentQuery query;
  private final Json json;
  private final Site site;
  private final Missing missing;
  private final Pictures pictures;
  private final Cards cards;

  public PlaceController(
      PlaceDao places,
      IncidentDao incidents,
      IncidentQuery query,
      Json json,
      Site site,
      Missing missing,
      Pictures pictures,
      Cards cards) {
    this.places = places;
    this.incidents = incidents;
    this.query = query;
    this.json = json;
    this.site = site;
    this.missing = missing;
    this.pictures = pictures;
    this.cards = cards;
  }

  public void list(Context ctx) {
    Map<String, List<Place>> byCountry =
        places.listPublic().stream()
            .collect(
                Collectors.groupingBy(Place::country, java.util.TreeMap::new, Collectors.toList()));
    ctx.render(
        "place/list",
        PageFields.of(
            new PlaceListPage(
                byCountry,
                Page.of(
                        "Places",
                        "The places where Storyline's incidents happened.",
                        "/places",
                        "places")
                    .withFeeds(Page.FeedLink.site()))));
  }

  public void show(Context ctx) {
    Optional<Place> found = places.findPublic(ctx.pathParam("slug"));
    if (found.isEmpty()) {
      missing.answer(ctx, EntityType.PLACE, ctx.pathParam("slug"), "place");
      return;
    }
    Place place = found.get();
    ResolvedFilter here = ResolvedFilter.ofPlace(place.id(), place.slug());
    List<IncidentItem> newest = query.newest(here, ON_PAGE);
    String path = "/places/" + place.slug();
    PlacePage page =
        new PlacePage(
            place,
            newest,
            cards.of(newest, 3, true),
            ON_PAGE,
            pictures.map(MapPlace.of(query.overview(here).places())),
            Page.of(
                    place.name(),
                    "Incidents in " + place.name() + ", " + place.country() + ".",
                    path,
                    "places")
                .withJsonLd("place", json.writeForScript(structuredData(place, path)))
                .withFeeds(Page.FeedLink.at("Incidents in " + place.name(), path, null)));
    ctx.render("place/show", PageFields.of(page));
  }

  private Map<String, Object> structuredData(Place place, String path) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("@context", "https://schema.org");
    data.put("@type", "Place");
    data.put("name", place.name());
    data.put("address", place.country());
    data.put(
        "geo",
        Map.of(
            "@type",
            "GeoCoordinates",
            "latitude",
            place.latitude(),
            "longitude",
            place.longitude()));
    data.put("url", site.url(path));
    return data;
  }
}
