package storyline.picture;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import storyline.incident.IncidentType;
import storyline.incident.Overview.PlaceCount;

/**
 * A place to put on a map, with how many incidents of each type are shown there.
 *
 * @param counts incidents here by type, in the types' order
 * @param contestedCount how many of them are contested
 */
public record MapPlace(
    String slug,
    String name,
    String country,
    double latitude,
    double longitude,
    Map<IncidentType, Integer> counts,
    int contestedCount) {

  public MapPlace {
    TreeMap<IncidentType, Integer> sorted = new TreeMap<>();
    sorted.putAll(counts);
    counts = Collections.unmodifiableMap(sorted);
  }

  /** The places of an aggregate by place and type, the busiest first, then by name. */
  public static List<MapPlace> of(List<PlaceCount> rows) {
    Map<Long, List<PlaceCount>> byPlace = new LinkedHashMap<>();
    for (PlaceCount row : rows) {
      byPlace.computeIfAbsent(row.placeId(), id -> new ArrayList<>()).add(row);
    }
    List<MapPlace> places = new ArrayList<>();
    for (List<PlaceCount> place : byPlace.values()) {
      PlaceCount first = place.get(0);
      Map<IncidentType, Integer> counts = new TreeMap<>();
      int contested = 0;
      for (PlaceCount row : place) {
        counts.merge(row.type(), row.incidents(), Integer::sum);
        contested += row.contested();
      }
      places.add(
          new MapPlace(
              first.placeSlug(),
              first.placeName(),
              first.placeCountry(),
              first.latitude(),
              first.longitude(),
              counts,
              contested));
    }
    places.sort(
        Comparator.comparingInt(MapPlace::count)
            .reversed()
            .thenComparing(MapPlace::name)
            .thenComparing(MapPlace::slug));
    return List.copyOf(places);
  }

  public int count() {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  public boolean contested() {
    return contestedCount > 0;
  }

  public Map<IncidentType, Integer> countsByType() {
    return counts;
  }

  /** The type most of the incidents here have; ties go to the type listed first. */
  public IncidentType mainType() {
    IncidentType main = null;
    int most = -1;
    for (Map.Entry<IncidentType, Integer> e : counts.entrySet()) {
      if (e.getValue() > most) {
        main = e.getKey();
        most = e.getValue();
      }
    }
    return main;
  }

  /** "3 incidents: 2 strikes, 1 statement", for titles and text alternatives. */
  public String describe() {
    String types =
        counts.entrySet().stream()
            .map(e -> e.getValue() + " " + e.getKey().label().toLowerCase(Locale.ROOT))
            .collect(Collectors.joining(", "));
    return count()
        + (count() == 1 ? " incident: " : " incidents: ")
        + types
        + (contested() ? "; contested" : "");
  }

  /** A stable summary of what the map draws for this place, for cache keys. */
  String fingerprint() {
    return slug
        + "/"
        + name
        + "/"
        + country
        + "@"
        + latitude
        + ","
        + longitude
        + ":"
        + counts
        + "!"
        + contestedCount;
  }
}
