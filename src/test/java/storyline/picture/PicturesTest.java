package storyline.picture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import storyline.incident.DatePrecision;
import storyline.incident.IncidentItem;
import storyline.incident.IncidentType;
import storyline.incident.Verification;

class PicturesTest {
  private static final WorldShapes WORLD = WorldShapes.load();

  static IncidentItem incident(
      long id, String place, double lat, double lon, IncidentType type, boolean contested) {
    return new IncidentItem(
        id,
        1,
        "i" + id,
        "Incident " + id,
        type,
        LocalDate.of(2025, 3, 19),
        DatePrecision.DAY,
        id,
        "s",
        Verification.REPORTED,
        null,
        null,
        Instant.EPOCH,
        Instant.EPOCH,
        "story",
        "Story",
        place,
        place,
        "Ukraine",
        lat,
        lon,
        contested);
  }

  @Test
  void picturesAreDrawnOncePerChangeOfTheirData() {
    Pictures pictures = new Pictures(WORLD);
    List<IncidentItem> incidents =
        List.of(incident(1, "kharkiv", 49.99, 36.23, IncidentType.STRIKE, false));
    MapView first = pictures.map(MapPlace.of(incidents));
    assertSame(first, pictures.map(MapPlace.of(incidents)), "unchanged data: the same picture");
    MapView contested =
        pictures.map(
            MapPlace.of(List.of(incident(1, "kharkiv", 49.99, 36.23, IncidentType.STRIKE, true))));
    assertNotSame(first, contested, "a change redraws it");
    assertTrue(contested.anyContested());
    assertEquals(2, pictures.kept());
    IncidentItem renamed = incident(1, "kharkiv", 49.99, 36.23, IncidentType.STRIKE, true);
    MapPlace newName =
        new MapPlace("kharkiv", "Kharkiv city", "Ukraine", 49.99, 36.23, List.of(renamed));
    assertEquals(
        "Kharkiv city",
        pictures.map(List.of(newName)).markers().get(0).name(),
        "a rename redraws it");
  }

  @Test
  void theCountriesLieWhereTheyShould() {
    MapDrawing maps = new MapDrawing(WORLD);
    MapDrawing.Frame frame =
        maps.frame(
            MapPlace.of(List.of(incident(1, "kyiv", 50.45, 30.52, IncidentType.OTHER, false))),
            800,
            400,
            600);
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
            MapPlace.of(
                List.of(
                    incident(1, "kyiv", 50.45, 30.52, IncidentType.OTHER, false),
                    incident(2, "simferopol", 44.95, 34.10, IncidentType.OTHER, false))),
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
                MapPlace.of(
                    List.of(
                        incident(1, "kharkiv", 49.99, 36.23, IncidentType.STRIKE, false),
                        incident(2, "dnipro", 48.47, 35.03, IncidentType.STRIKE, false),
                        incident(3, "washington", 38.90, -77.04, IncidentType.DIPLOMACY, false))));
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

  @Test
  void everyTypeHasItsOwnShapeAndColour() {
    assertEquals(
        TypeStyle.values().length,
        java.util.Arrays.stream(TypeStyle.values()).map(TypeStyle::shape).distinct().count());
    assertEquals(
        TypeStyle.values().length,
        java.util.Arrays.stream(TypeStyle.values()).map(TypeStyle::colour).distinct().count());
    assertEquals(IncidentType.values().length, TypeStyle.values().length);
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
