package storyline.picture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The world's country shapes, read once from map/countries.json (Natural Earth 1:50m via
 * world-atlas; scripts/make-countries.mjs makes the file and says how).
 */
public final class WorldShapes {
  static final String RESOURCE = "map/countries.json";

  /**
   * A country and its rings, outer rings and holes alike (they are filled even-odd), each as one
   * array of longitude, latitude, longitude, latitude, ...
   */
  public record Country(String id, String name, List<double[]> rings) {}

  private final List<Country> countries;

  private WorldShapes(List<Country> countries) {
    this.countries = countries;
  }

  public static WorldShapes load() {
    try (InputStream in = WorldShapes.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Missing " + RESOURCE);
      }
      JsonNode root = new ObjectMapper().readTree(in);
      double unit = root.get("unit").asDouble();
      List<Country> countries = new ArrayList<>();
      for (JsonNode country : root.get("countries")) {
        List<double[]> rings = new ArrayList<>();
        for (JsonNode polygon : country.get("polygons")) {
          for (JsonNode ring : polygon) {
            rings.add(decode(ring, unit));
          }
        }
        countries.add(
            new Country(
                country.get("id").asText(), country.get("name").asText(), List.copyOf(rings)));
      }
      return new WorldShapes(List.copyOf(countries));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static double[] decode(JsonNode deltas, double unit) {
    double[] points = new double[deltas.size()];
    long x = 0;
    long y = 0;
    for (int i = 0; i + 1 < deltas.size(); i += 2) {
      x += deltas.get(i).asLong();
      y += deltas.get(i + 1).asLong();
      points[i] = x * unit;
      points[i + 1] = y * unit;
    }
    return points;
  }

  public List<Country> countries() {
    return countries;
  }
}
