package storyline.picture;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;
import storyline.incident.IncidentType;
import storyline.incident.MarkerShape;

/**
 * Draws incidents' places on a map of the region they are in. The frame takes the places within
 * {@value #FRAME_RADIUS_KM} km of the incidents' weighted centre, with a margin; places farther
 * away (Washington, seen from Ukraine) are listed beside the map instead of shrinking it.
 */
public final class MapDrawing {
  static final double FRAME_RADIUS_KM = 1500;
  static final double MIN_HALF_EXTENT = 350 / 6371.0;
  static final double MARGIN = 0.22;
  static final int WIDTH = 800;
  static final int MIN_HEIGHT = 420;
  static final int MAX_HEIGHT = 640;
  static final double SIMPLIFY_PX = 0.7;

  private final WorldShapes world;

  public MapDrawing(WorldShapes world) {
    this.world = world;
  }

  /** Where the map looks and how it scales: a projection and the pixel frame it fills. */
  public record Frame(
      Projection projection,
      double minX,
      double maxY,
      double scale,
      int width,
      int height,
      List<MapPlace> inside,
      List<MapPlace> outside) {

    public double[] pixel(double lon, double lat) {
      double[] p = projection.project(lon, lat);
      return new double[] {(p[0] - minX) * scale, (maxY - p[1]) * scale};
    }
  }

  /** The frame for the places at the given width, its height between the bounds given. */
  public Frame frame(List<MapPlace> places, int width, int minHeight, int maxHeight) {
    double lon0 = weightedMedian(places, MapPlace::longitude);
    double lat0 = weightedMedian(places, MapPlace::latitude);
    List<MapPlace> inside = new ArrayList<>();
    List<MapPlace> outside = new ArrayList<>();
    for (MapPlace place : places) {
      boolean near =
          Projection.kilometres(lon0, lat0, place.longitude(), place.latitude()) <= FRAME_RADIUS_KM;
      (near ? inside : outside).add(place);
    }
    if (inside.isEmpty()) {
      MapPlace busiest =
          places.stream().max(Comparator.comparingInt(MapPlace::count)).orElseThrow();
      inside.add(busiest);
      outside.remove(busiest);
    }
    double centreLon = (min(inside, MapPlace::longitude) + max(inside, MapPlace::longitude)) / 2;
    double centreLat = (min(inside, MapPlace::latitude) + max(inside, MapPlace::latitude)) / 2;
    Projection projection = new Projection(centreLon, centreLat);
    double minX = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    double maxY = -Double.MAX_VALUE;
    for (MapPlace place : inside) {
      double[] p = projection.project(place.longitude(), place.latitude());
      minX = Math.min(minX, p[0]);
      maxX = Math.max(maxX, p[0]);
      minY = Math.min(minY, p[1]);
      maxY = Math.max(maxY, p[1]);
    }
    double halfX = Math.max(MIN_HALF_EXTENT, (maxX - minX) / 2 * (1 + 2 * MARGIN));
    double halfY = Math.max(MIN_HALF_EXTENT, (maxY - minY) / 2 * (1 + 2 * MARGIN));
    double cx = (minX + maxX) / 2;
    double cy = (minY + maxY) / 2;
    int height = (int) Math.round(Math.max(minHeight, Math.min(maxHeight, width * halfY / halfX)));
    double aspect = (double) height / width;
    if (halfY / halfX < aspect) {
      halfY = halfX * aspect;
    } else {
      halfX = halfY / aspect;
    }
    double scale = width / (2 * halfX);
    return new Frame(
        projection,
        cx - halfX,
        cy + halfY,
        scale,
        width,
        height,
        List.copyOf(inside),
        List.copyOf(outside));
  }

  /** A country's visible rings on the frame, clipped and simplified, in pixels. */
  public List<List<double[]>> rings(Frame frame, WorldShapes.Country country) {
    List<List<double[]>> out = new ArrayList<>();
    for (double[] lonLat : country.rings()) {
      List<double[]> ring = new ArrayList<>(lonLat.length / 2);
      for (int i = 0; i + 1 < lonLat.length; i += 2) {
        ring.add(frame.pixel(lonLat[i], lonLat[i + 1]));
      }
      List<double[]> clipped = Geometry.clip(ring, -2, -2, frame.width() + 2, frame.height() + 2);
      if (clipped.size() >= 3 && Geometry.area(clipped) > 1) {
        out.add(Geometry.simplify(clipped, SIMPLIFY_PX));
      }
    }
    return out;
  }

  public WorldShapes world() {
    return world;
  }

  /** The map as the page draws it. */
  public MapView draw(List<MapPlace> places) {
    if (places.isEmpty()) {
      return new MapView(
          WIDTH, MIN_HEIGHT, List.of(), List.of(), List.of(), List.of(), List.of(), false);
    }
    Frame frame = frame(places, WIDTH, MIN_HEIGHT, MAX_HEIGHT);
    Set<String> focus = new LinkedHashSet<>();
    frame.inside().forEach(p -> focus.add(p.country()));
    List<MapView.CountryShape> shapes = new ArrayList<>();
    List<MapView.Label> labels = new ArrayList<>();
    for (WorldShapes.Country country : world.countries()) {
      List<List<double[]>> rings = rings(frame, country);
      if (rings.isEmpty()) {
        continue;
      }
      shapes.add(
          new MapView.CountryShape(country.name(), path(rings), focus.contains(country.name())));
      List<double[]> largest =
          rings.stream().max(Comparator.comparingDouble(Geometry::area)).orElseThrow();
      double[] c = Geometry.centroid(largest);
      if (Geometry.area(largest) > 4000
          && c[0] > 50
          && c[0] < frame.width() - 50
          && c[1] > 20
          && c[1] < frame.height() - 20) {
        labels.add(new MapView.Label(round(c[0]), round(c[1]), country.name()));
      }
    }
    List<MapView.Marker> markers = new ArrayList<>();
    Set<IncidentType> types = new LinkedHashSet<>();
    boolean contested = false;
    for (MapPlace place : frame.inside()) {
      double[] p = frame.pixel(place.longitude(), place.latitude());
      double r = Math.min(24, 6.5 * Math.sqrt(place.count()));
      IncidentType style = place.mainType();
      types.add(place.mainType());
      contested |= place.contested();
      boolean right = p[0] < frame.width() - 120;
      markers.add(
          new MapView.Marker(
              place.slug(),
              place.name(),
              round(p[0]),
              round(p[1]),
              round(r),
              style.shape().path(p[0], p[1], r),
              style.colour(),
              place.contested(),
              "/places/" + place.slug(),
              place.name() + ": " + place.describe(),
              place.describe(),
              place.count(),
              round(right ? p[0] + r + 5 : p[0] - r - 5),
              right ? "start" : "end"));
    }
    markers.sort(Comparator.comparingDouble(MapView.Marker::r).reversed());
    List<MapView.Outside> outside =
        frame.outside().stream()
            .map(p -> new MapView.Outside(p.name(), "/places/" + p.slug(), p.describe()))
            .toList();
    List<MapView.LegendEntry> legend = new ArrayList<>();
    for (IncidentType type : new TreeSet<>(types)) {
      legend.add(
          new MapView.LegendEntry(type.label(), type.shape().path(10, 10, 7), type.colour()));
    }
    return new MapView(
        frame.width(), frame.height(), shapes, labels, markers, outside, legend, contested);
  }

  static String path(List<List<double[]>> rings) {
    StringBuilder d = new StringBuilder();
    for (List<double[]> ring : rings) {
      for (int i = 0; i < ring.size(); i++) {
        d.append(i == 0 ? 'M' : 'L')
            .append(MarkerShape.n(ring.get(i)[0]))
            .append(' ')
            .append(MarkerShape.n(ring.get(i)[1]));
      }
      d.append('Z');
    }
    return d.toString();
  }

  private static double round(double value) {
    return Math.round(value * 10) / 10.0;
  }

  private static double weightedMedian(List<MapPlace> places, ToDoubleFunction<MapPlace> value) {
    List<MapPlace> sorted = places.stream().sorted(Comparator.comparingDouble(value)).toList();
    int total = sorted.stream().mapToInt(MapPlace::count).sum();
    int seen = 0;
    for (MapPlace place : sorted) {
      seen += place.count();
      if (seen * 2 >= total) {
        return value.applyAsDouble(place);
      }
    }
    return value.applyAsDouble(sorted.get(sorted.size() - 1));
  }

  private static double min(List<MapPlace> places, ToDoubleFunction<MapPlace> value) {
    return places.stream().mapToDouble(value).min().orElseThrow();
  }

  private static double max(List<MapPlace> places, ToDoubleFunction<MapPlace> value) {
    return places.stream().mapToDouble(value).max().orElseThrow();
  }
}
