package storyline.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.NodeList;
import storyline.support.AdminClient;
import storyline.support.Seed;
import storyline.support.TestApp;

class SitemapAndStructuredDataTest {
  @RegisterExtension static final TestApp APP = new TestApp();

  static final List<String> PAGES =
      List.of(
          "/",
          "/stories/ukraine-ceasefire",
          "/stories/ukraine-ceasefire/changes",
          "/actors",
          "/actors/vladimir-putin",
          "/actors/nato",
          "/incidents",
          "/incidents?type=strike",
          "/incidents/belgorod-fuel-depot-rail-strikes",
          "/places",
          "/places/kharkiv",
          "/search?q=truce");

  @Test
  void sitemapIsWellFormedAndListsEveryPublicPageWithItsLastChange() throws Exception {
    var response = APP.get("/sitemap.xml");
    assertEquals(200, response.statusCode());
    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    var xml =
        factory
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
    assertEquals(
        "http://www.sitemaps.org/schemas/sitemap/0.9", xml.getDocumentElement().getNamespaceURI());
    NodeList urls = xml.getElementsByTagNameNS("*", "url");
    List<String> locs = new ArrayList<>();
    for (int i = 0; i < urls.getLength(); i++) {
      var url = (org.w3c.dom.Element) urls.item(i);
      locs.add(url.getElementsByTagNameNS("*", "loc").item(0).getTextContent());
      OffsetDateTime.parse(url.getElementsByTagNameNS("*", "lastmod").item(0).getTextContent());
    }
    Set<String> expected =
        new java.util.HashSet<>(
            List.of("/", "/incidents", "/actors", "/places", "/stories/ukraine-ceasefire"));
    APP.page("/incidents").select(".incident-card h3 a").eachAttr("href").forEach(expected::add);
    APP.page("/actors").select(".cast a").eachAttr("href").forEach(expected::add);
    APP.page("/places").select("main li a").eachAttr("href").forEach(expected::add);
    for (String path : expected) {
      assertTrue(locs.contains(TestApp.BASE_URL + path), "missing " + path);
    }
    assertEquals(locs.size(), Set.copyOf(locs).size(), "no duplicates");
    assertFalse(locs.stream().anyMatch(l -> l.contains("/admin")));
  }

  @Test
  void robotsPointAtTheSitemapAndKeepCrawlersOutOfTheAdmin() {
    String robots = APP.get("/robots.txt").body();
    assertTrue(robots.contains("Disallow: /admin"));
    assertTrue(robots.contains("Sitemap: " + TestApp.BASE_URL + "/sitemap.xml"));
  }

  @Test
  void everyPageHasCanonicalDescriptionOpenGraphAndFeedAutodiscoveryWithAVisibleSubscribeLink() {
    for (String path : PAGES) {
      Document page = APP.page(path);
      assertFalse(page.select("meta[name=description]").attr("content").isBlank(), path);
      assertTrue(
          page.selectFirst("link[rel=canonical]").attr("href").startsWith(TestApp.BASE_URL + "/"),
          path);
      for (String property :
          List.of("og:title", "og:description", "og:url", "og:type", "og:site_name")) {
        assertFalse(
            page.select("meta[property=" + property + "]").attr("content").isBlank(),
            path + " " + property);
      }
      Element rss = page.selectFirst("head link[rel=alternate][type=application/rss+xml]");
      Element atom = page.selectFirst("head link[rel=alternate][type=application/atom+xml]");
      assertTrue(rss != null && atom != null, "autodiscovery on " + path);
      assertEquals(200, APP.get(rss.attr("href")).statusCode(), rss.attr("href"));
      assertEquals(200, APP.get(atom.attr("href")).statusCode(), atom.attr("href"));
      assertTrue(
          page.select(".subscribe a").eachAttr("href").contains(rss.attr("href")),
          "visible Subscribe link on " + path);
    }
    assertEquals(
        "/stories/ukraine-ceasefire/feed.xml",
        APP.page("/stories/ukraine-ceasefire")
            .selectFirst("link[type=application/rss+xml]")
            .attr("href"));
    assertEquals(
        "/actors/nato/feed.atom",
        APP.page("/actors/nato").selectFirst("link[type=application/atom+xml]").attr("href"));
    assertEquals(
        "/places/kharkiv/feed.xml",
        APP.page("/places/kharkiv").selectFirst("link[type=application/rss+xml]").attr("href"));
    assertEquals(
        "/incidents/feed.xml?type=strike",
        APP.page("/incidents?type=strike")
            .selectFirst("link[type=application/rss+xml]")
            .attr("href"));
  }

  @Test
  void jsonLdDescribesStoriesActorsIncidentsAndClaims() throws Exception {
    assertTrue(types("/stories/ukraine-ceasefire").containsAll(List.of("NewsArticle", "Claim")));
    assertTrue(types("/actors/vladimir-putin").contains("Person"));
    assertTrue(types("/actors/nato").contains("Organization"));
    assertTrue(types("/actors/ukraine").contains("Organization"));
    List<String> incident = types("/incidents/belgorod-fuel-depot-rail-strikes");
    assertTrue(incident.contains("Event"));
    assertEquals(3, incident.stream().filter("Claim"::equals).count(), "one Claim per claim");
    JsonNode graph = jsonLd("/incidents/belgorod-fuel-depot-rail-strikes").get(0).get("@graph");
    JsonNode claim = graph.get(1);
    assertEquals(graph.get(0).get("@id").asText(), claim.get("about").get("@id").asText());
    assertTrue(claim.get("author").get("name").asText().length() > 0);
  }

  @Test
  void jsonLdStaysValidAndInertWhateverAnEditorTypes() throws Exception {
    String hostile = "</script><script>alert(1)</script>";
    AdminClient admin = AdminClient.signedInAdmin(APP);
    admin.submit(
        Seed.admin(APP, "incidents", "putin-refuses-30-day-ceasefire") + "/edit",
        Seed.admin(APP, "incidents", "putin-refuses-30-day-ceasefire"),
        Map.of("title", hostile + " \u2028 & \"quotes\""));
    admin.submit(
        Seed.admin(APP, "stories", "ukraine-ceasefire") + "/edit",
        Seed.admin(APP, "stories", "ukraine-ceasefire"),
        Map.of("title", hostile));
    admin.submit(
        Seed.admin(APP, "actors", "vladimir-putin") + "/edit",
        Seed.admin(APP, "actors", "vladimir-putin"),
        Map.of("name", hostile));
    for (String path :
        List.of(
            "/incidents/putin-refuses-30-day-ceasefire",
            "/stories/ukraine-ceasefire",
            "/actors/vladimir-putin",
            "/",
            "/places/moscow")) {
      var response = APP.get(path);
      assertFalse(response.body().contains("<script>alert(1)"), "markup leaked into " + path);
      Document page = org.jsoup.Jsoup.parse(response.body());
      assertTrue(
          page.select("script").stream()
              .allMatch(s -> s.attr("type").equals("application/ld+json")),
          path);
      jsonLd(path);
    }
    JsonNode story = jsonLd("/stories/ukraine-ceasefire").get(0).get("@graph").get(0);
    assertEquals(hostile, story.get("headline").asText());
  }

  private static List<String> types(String path) throws Exception {
    List<String> types = new ArrayList<>();
    for (JsonNode node : jsonLd(path)) {
      collectTypes(node, types);
    }
    return types;
  }

  private static void collectTypes(JsonNode node, List<String> types) {
    if (node.has("@graph")) {
      node.get("@graph").forEach(n -> collectTypes(n, types));
    } else if (node.has("@type")) {
      types.add(node.get("@type").asText());
    }
  }

  /** Every JSON-LD block of the page, parsed: a block that is not JSON fails the test. */
  private static List<JsonNode> jsonLd(String path) throws Exception {
    List<JsonNode> blocks = new ArrayList<>();
    for (Element script : APP.page(path).select("script[type=application/ld+json]")) {
      blocks.add(new ObjectMapper().readTree(script.data()));
    }
    assertFalse(blocks.isEmpty(), "JSON-LD on " + path);
    return blocks;
  }
}
