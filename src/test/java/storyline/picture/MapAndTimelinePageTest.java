package storyline.picture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import storyline.support.TestApp;

class MapAndTimelinePageTest {
  @RegisterExtension static final TestApp APP = TestApp.shared();

  @Test
  void mapSvgIsWellFormedXml() throws Exception {
    for (String path :
        List.of("/stories/ukraine-ceasefire", "/places/kharkiv", "/incidents?type=strike")) {
      Element svg = APP.page(path).selectFirst("svg.map");
      svg.ownerDocument().outputSettings().syntax(Document.OutputSettings.Syntax.xml);
      String xml =
          svg.outerHtml().replaceFirst("<svg ", "<svg xmlns=\"http://www.w3.org/2000/svg\" ");
      DocumentBuilderFactory.newInstance()
          .newDocumentBuilder()
          .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
  }

  @Test
  void markersAreExactlyTheStorysPlacesWithTheirCountsAndLinks() {
    Document story = APP.page("/stories/ukraine-ceasefire");
    Map<String, Integer> expected = new HashMap<>();
    APP.page("/incidents?story=ukraine-ceasefire")
        .select(".incident-card .facts a[href^=/places/]")
        .forEach(
            a -> expected.merge(a.attr("href").substring("/places/".length()), 1, Integer::sum));
    Map<String, Integer> drawn = new HashMap<>();
    for (Element marker : story.select("svg.map a.marker")) {
      assertEquals("/places/" + marker.attr("data-slug"), marker.attr("href"));
      assertTrue(marker.selectFirst("title").text().length() > 0, "accessible name");
      drawn.put(marker.attr("data-slug"), Integer.parseInt(marker.attr("data-count")));
    }
    Map<String, Integer> listed = new HashMap<>();
    for (Element outside : story.select(".map-outside li a")) {
      String slug = outside.attr("href").substring("/places/".length());
      listed.put(slug, expected.get(slug));
    }
    Map<String, Integer> all = new HashMap<>(drawn);
    all.putAll(listed);
    assertEquals(expected, all, "every place once, on the map or beside it");
    assertEquals(
        Set.of("washington", "brussels", "new-york"),
        listed.keySet(),
        "far places listed beside the map");
    assertTrue(
        drawn
            .keySet()
            .containsAll(
                List.of(
                    "kharkiv",
                    "dnipro",
                    "belgorod",
                    "kursk",
                    "mariupol",
                    "bakhmut",
                    "avdiivka",
                    "kyiv",
                    "moscow")));
    assertEquals(2, drawn.get("moscow"));
  }

  @Test
  void markersFallInsideTheFrameAndContestedOnesAreMarked() {
    Element svg = APP.page("/stories/ukraine-ceasefire").selectFirst("svg.map");
    String[] box = svg.attr("viewBox").split(" ");
    double width = Double.parseDouble(box[2]);
    double height = Double.parseDouble(box[3]);
    for (Element marker : svg.select("a.marker")) {
      double x = Double.parseDouble(marker.attr("data-x"));
      double y = Double.parseDouble(marker.attr("data-y"));
      assertTrue(
          x > 0 && x < width && y > 0 && y < height,
          marker.attr("data-slug") + " at " + x + "," + y);
    }
    Element belgorod = svg.selectFirst("a.marker[data-slug=belgorod]");
    assertEquals(1, belgorod.select("circle[stroke-dasharray]").size(), "contested ring");
    assertTrue(belgorod.selectFirst("title").text().contains("contested"));
    assertEquals(0, svg.select("a.marker[data-slug=kharkiv] circle[stroke-dasharray]").size());
    Element kharkiv = svg.selectFirst("a.marker[data-slug=kharkiv]");
    Element kyiv = svg.selectFirst("a.marker[data-slug=kyiv]");
    assertTrue(
        Double.parseDouble(kharkiv.attr("data-x")) > Double.parseDouble(kyiv.attr("data-x")),
        "Kharkiv is east of Kyiv");
    Element moscow = svg.selectFirst("a.marker[data-slug=moscow]");
    assertTrue(
        Double.parseDouble(moscow.attr("data-y")) < Double.parseDouble(kharkiv.attr("data-y")),
        "Moscow is north of Kharkiv");
  }

  @Test
  void mapHasALegendATextAlternativeAndNamedCountries() {
    Document story = APP.page("/stories/ukraine-ceasefire");
    Element figure = story.selectFirst("figure.map-figure");
    assertFalse(figure.selectFirst("svg.map > title").text().isBlank());
    List<String> legend = figure.select(".legend li span").eachText();
    assertTrue(
        legend.containsAll(List.of("Strike", "Humanitarian", "Contested")), legend.toString());
    assertTrue(figure.selectFirst(".map-text").text().contains("Kharkiv (1 incident: 1 strike)"));
    List<String> countries = figure.select("text.country-label").eachText();
    assertTrue(
        countries.containsAll(List.of("Ukraine", "Russia", "Belarus")), countries.toString());
  }

  @Test
  void timelineMarksMatchTheIncidentsDatesInOrder() {
    Document story = APP.page("/stories/ukraine-ceasefire");
    List<Element> marks = story.select("svg.timeline-chart a.mark");
    List<String> timelineDates =
        story.select(".timeline .incident-card .facts time").eachAttr("datetime");
    assertEquals(timelineDates, marks.stream().map(m -> m.attr("data-date")).toList());
    List<Double> xs = marks.stream().map(m -> Double.parseDouble(m.attr("data-x"))).toList();
    for (int i = 1; i < xs.size(); i++) {
      LocalDate a = LocalDate.parse(marks.get(i - 1).attr("data-date"));
      LocalDate b = LocalDate.parse(marks.get(i).attr("data-date"));
      assertTrue(
          a.isBefore(b) ? xs.get(i - 1) < xs.get(i) : xs.get(i - 1).equals(xs.get(i)),
          "x follows the date");
    }
    for (Element mark : marks) {
      assertEquals("/incidents/" + mark.attr("data-slug"), mark.attr("href"));
    }
    List<String> violations =
        marks.stream()
            .filter(m -> m.attr("data-violation").equals("true"))
            .map(m -> m.attr("data-slug"))
            .sorted()
            .toList();
    assertEquals(
        List.of(
            "belgorod-fuel-depot-rail-strikes",
            "dnipro-substation-drone-strikes",
            "kharkiv-substation-drone-strikes",
            "kursk-fuel-depot-rail-strikes"),
        violations);
  }

  @Test
  void theTruceIsShadedOverItsDates() {
    Element svg = APP.page("/stories/ukraine-ceasefire").selectFirst("svg.timeline-chart");
    Element band = svg.selectFirst("a.band");
    assertEquals("2025-03-18", band.attr("data-start"));
    assertEquals("2025-04-17", band.attr("data-end"));
    assertEquals("/incidents/energy-infrastructure-truce", band.attr("href"));
    double x = Double.parseDouble(band.attr("data-x"));
    double end = x + Double.parseDouble(band.attr("data-width"));
    double march18 = markX(svg, "2025-03-18");
    double march19 = markX(svg, "2025-03-19");
    assertEquals(march18, x, 0.2, "the band starts on 18 March");
    Element resumes = svg.selectFirst("g.tick[data-date=2025-04-17]");
    assertEquals(
        Double.parseDouble(resumes.attr("data-x")),
        end,
        0.2,
        "and ends on 17 April, labelled where the axis picks up after the quiet weeks");
    Element gap = svg.selectFirst("g.gap");
    double gapX = Double.parseDouble(gap.attr("data-x"));
    assertTrue(march19 < gapX && gapX < end, "the weeks without incidents are drawn short");
    assertEquals("26", gap.attr("data-days"), "22 March to 16 April");
    assertTrue(svg.select("g.update text").text().startsWith("Last update: 27 November 2026"));
  }

  @Test
  void incidentListShowsItsFilteredIncidentsPerDayWithBarsLinkingToTheirDay() {
    Document list = APP.page("/incidents?type=strike");
    List<Element> bars = list.select("svg.day-chart a.bar");
    assertEquals(1, bars.size());
    assertEquals("4", bars.get(0).attr("data-count"));
    assertEquals("/incidents?type=strike&from=2025-03-19&to=2025-03-19", bars.get(0).attr("href"));
    Document all = APP.page("/incidents");
    int total =
        all.select("svg.day-chart a.bar").stream()
            .mapToInt(b -> Integer.parseInt(b.attr("data-count")))
            .sum();
    assertEquals(18, total);
    assertEquals(
        Set.of("belgorod", "dnipro", "kharkiv", "kursk"),
        list.select("svg.map a.marker").stream()
            .map(m -> m.attr("data-slug"))
            .collect(Collectors.toSet()));
  }

  @Test
  void shareCardIsA1200By630PngUsedAsTheStorysOpenGraphImage() throws Exception {
    var response =
        APP.send(
            java.net.http.HttpRequest.newBuilder(APP.uri("/stories/ukraine-ceasefire/card.png"))
                .build(),
            java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, response.statusCode());
    assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("image/png"));
    var image = ImageIO.read(new ByteArrayInputStream(response.body()));
    assertEquals(1200, image.getWidth());
    assertEquals(630, image.getHeight());
    Document story = APP.page("/stories/ukraine-ceasefire");
    assertEquals(
        TestApp.BASE_URL + "/stories/ukraine-ceasefire/card.png",
        story.selectFirst("meta[property=og:image]").attr("content"));
    assertEquals(
        "summary_large_image", story.selectFirst("meta[name=twitter:card]").attr("content"));
    assertEquals(404, APP.get("/stories/nope/card.png").statusCode());
  }

  @Test
  void storyPageWithItsPicturesStaysUnder150KilobytesOfHtml() {
    int bytes =
        APP.get("/stories/ukraine-ceasefire").body().getBytes(StandardCharsets.UTF_8).length;
    assertTrue(bytes < 150 * 1024, bytes + " bytes");
  }

  private static double markX(Element svg, String date) {
    List<Double> xs = new ArrayList<>();
    svg.select("a.mark[data-date=" + date + "]")
        .forEach(m -> xs.add(Double.parseDouble(m.attr("data-x"))));
    return xs.get(0);
  }
}
