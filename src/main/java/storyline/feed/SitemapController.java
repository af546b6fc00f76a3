package storyline.feed;

import io.javalin.http.Context;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import storyline.actor.Actor;
import storyline.actor.ActorDao;
import storyline.incident.IncidentFilter;
import storyline.incident.IncidentItem;
import storyline.incident.IncidentLists;
import storyline.place.Place;
import storyline.place.PlaceDao;
import storyline.story.StoryCard;
import storyline.story.StoryDao;
import storyline.web.Site;

/** /sitemap.xml: every public page, with when it last changed, and /robots.txt pointing at it. */
public final class SitemapController {
  static final int MAX_INCIDENTS = 45_000;
  private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

  private final StoryDao stories;
  private final ActorDao actors;
  private final PlaceDao places;
  private final IncidentLists lists;
  private final Site site;

  public SitemapController(
      StoryDao stories, ActorDao actors, PlaceDao places, IncidentLists lists, Site site) {
    this.stories = stories;
    this.actors = actors;
    this.places = places;
    this.lists = lists;
    this.site = site;
  }

  public void sitemap(Context ctx) {
    List<StoryCard> storyList = stories.listPublic(Integer.MAX_VALUE);
    List<IncidentItem> incidents =
        lists.query().newest(lists.resolve(IncidentFilter.none()), MAX_INCIDENTS);
    List<Actor> actorList = actors.listPublic();
    List<Place> placeList = places.listPublic();
    Instant newest =
        storyList.stream()
            .map(StoryCard::lastUpdatedAt)
            .max(Comparator.naturalOrder())
            .orElse(Instant.EPOCH);
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeStartElement("urlset");
      xml.writeDefaultNamespace(NAMESPACE);
      url(xml, "/", newest);
      url(xml, "/incidents", newest);
      url(xml, "/actors", newest);
      url(xml, "/places", newest);
      for (StoryCard story : storyList) {
        url(xml, "/stories/" + story.slug(), story.lastUpdatedAt());
        url(xml, "/stories/" + story.slug() + "/changes", story.lastUpdatedAt());
      }
      for (IncidentItem incident : incidents) {
        url(xml, "/incidents/" + incident.slug(), incident.updatedAt());
      }
      for (Actor actor : actorList) {
        url(xml, "/actors/" + actor.slug(), actor.updatedAt());
      }
      for (Place place : placeList) {
        url(xml, "/places/" + place.slug(), place.updatedAt());
      }
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("Could not write the sitemap", e);
    }
    ctx.contentType("application/xml; charset=utf-8");
    ctx.header("Cache-Control", "public, max-age=300");
    ctx.result(out.toString());
  }

  public void robots(Context ctx) {
    ctx.contentType("text/plain; charset=utf-8");
    ctx.result("User-agent: *\nDisallow: /admin\n\nSitemap: " + site.url("/sitemap.xml") + "\n");
  }

  private void url(XMLStreamWriter xml, String path, Instant lastModified)
      throws XMLStreamException {
    xml.writeStartElement("url");
    xml.writeStartElement("loc");
    xml.writeCharacters(site.url(path));
    xml.writeEndElement();
    xml.writeStartElement("lastmod");
    xml.writeCharacters(
        DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
            lastModified.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC)));
    xml.writeEndElement();
    xml.writeEndElement();
  }
}
