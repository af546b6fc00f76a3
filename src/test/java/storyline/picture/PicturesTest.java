package storyline.picture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import storyline.incident.IncidentType;
import storyline.support.Types;

class PicturesTest {
  private static final WorldShapes WORLD = WorldShapes.load();

  /** One place with one incident of the type, as the map's aggregate gives it. */
  static MapPlace place(String slug, double lat, double lon, IncidentType type, boolean contested) {
    return new MapPlace(slug, slug, "Ukraine", lat, lon, Map.of(type, 1), contested ? 1 : 0);
  }

  @Test
  void picturesAreDrawnOncePerChangeOfTheirData() {
    Pictures pictures = new Pictures(WORLD);
    List<MapPlace> places = List.of(place("kharkiv", 49.99, 36.23, Types.STRIKE, false));
    MapView first = pictures.map(places);
    assertSame(
        first,
        pictures.map(List.of(place("kharkiv", 49.99, 36.23, Types.STRIKE, false))),
        "unchanged data: the same picture");
    MapView contested = pictures.map(List.of(place("kharkiv", 49.99, 36.23, Types.STRIKE, true)));
    assertNotSame(first, contested, "a change redraws it");
    assertTrue(contested.anyContested());
    assertEquals(2, pictures.kept());
    MapPlace newName =
        new MapPlace(
            "kharkiv", "Kharkiv city", "Ukraine", 49.99, 36.23, Map.of(Types.STRIKE, 1), 1);
    assertEquals(
        "Kharkiv city",
        pictures.map(List.of(newName)).markers().get(0).name(),
        "a rename redraws it");
  }

  @Test
  void theCountriesLieWhereTheyShould() {
    MapDrawing maps = new MapDrawing(WORLD);
    MapDrawing.Frame frame =
        maps.frame(List.of(place("kyiv", 50.45, 30.52, Types.OTHER, false)), 800, 400, 600);
    double[] kyiv = frame.pixel(30.52, 50.45);
    assertEquals(400, kyiv[0], 1, "a single place sits in the middle");
    WorldShapes.Country ukraine =
        WORLD.countries().stream()
            .filter(c -> c.name().equals("Ukraine"))
            .findFirst()
            .orElseThrow();
    assertTrue(
        maps.rings(frame, ukraine).stream().anyMatch(ring -> contains(ring, kyiv)),
        "Kyiv lies inside Ukraine");
    MapDrawing.Frame south =
        maps.frame(
            List.of(
                place("kyiv", 50.45, 30.52, Types.OTHER, false),
                place("simferopol", 44.95, 34.10, Types.OTHER, false)),
            800,
            400,
            600);
    double[] simferopol = south.pixel(34.10, 44.95);
    assertTrue(
        maps.rings(south, ukraine).stream().anyMatch(ring -> contains(ring, simferopol)),
        "Crimea is drawn within Ukraine's internationally recognised borders");
    WorldShapes.Country russia =
        WORLD.countries().stream().filter(c -> c.name().equals("Russia")).findFirst().orElseThrow();
    assertTrue(maps.rings(south, russia).stream().noneMatch(ring -> contains(ring, simferopol)));
  }

  @Test
  void aWholeWorldOfPlacesKeepsTheDistantOnesOffTheMap() {
    MapView view =
        new MapDrawing(WORLD)
            .draw(
                List.of(
                    place("kharkiv", 49.99, 36.23, Types.STRIKE, false),
                    place("dnipro", 48.47, 35.03, Types.STRIKE, false),
                    place("washington", 38.90, -77.04, Types.DIPLOMACY, false)));
    assertEquals(
        List.of("kharkiv", "dnipro"),
        view.markers().stream()
            .map(MapView.Marker::slug)
            .sorted(java.util.Comparator.reverseOrder())
            .toList());
    assertEquals(1, view.outside().size());
    for (MapView.Marker m : view.markers()) {
      assertTrue(m.x() > 0 && m.x() < view.width() && m.y() > 0 && m.y() < view.height());
    }
  }

  /** Even-odd point in polygon. */
  private static boolean contains(List<double[]> ring, double[] p) {
    boolean inside = false;
    for (int i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
      double[] a = ring.get(i);
      double[] b = ring.get(j);
      if ((a[1] > p[1]) != (b[1] > p[1])
          && p[0] < (b[0] - a[0]) * (p[1] - a[1]) / (b[1] - a[1]) + a[0]) {
        inside = !inside;
      }
    }
    return inside;
  }
}
