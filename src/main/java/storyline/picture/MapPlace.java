package storyline.picture;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import storyline.incident.IncidentItem;
import storyline.incident.IncidentType;

/** A place to put on a map, with the incidents shown there. */
public record MapPlace(
    String slug,
    String name,
    String country,
    double latitude,
    double longitude,
    List<IncidentItem> incidents) {

  /** The places of the incidents that have one, in the order first met. */
  public static List<MapPlace> of(List<IncidentItem> incidents) {
    Map<String, List<IncidentItem>> bySlug =
        incidents.stream()
            .filter(IncidentItem::hasPlace)
            .collect(
                Collectors.groupingBy(
                    IncidentItem::placeSlug, LinkedHashMap::new, Collectors.toList()));
    return bySlug.values().stream()
        .map(
            list -> {
              IncidentItem first = list.get(0);
              return new MapPlace(
                  first.placeSlug(),
                  first.placeName(),
                  first.placeCountry(),
                  first.latitude(),
                  first.longitude(),
                  List.copyOf(list));
            })
        .toList();
  }

  public int count() {
    return incidents.size();
  }

  public boolean contested() {
    return incidents.stream().anyMatch(IncidentItem::contested);
  }

  public Map<IncidentType, Long> countsByType() {
    return incidents.stream()
        .collect(
            Collectors.groupingBy(
                IncidentItem::type,
                () -> new EnumMap<>(IncidentType.class),
                Collectors.counting()));
  }

  /** The type most of the incidents here have; ties go to the type listed first. */
  public IncidentType mainType() {
    return countsByType().entrySet().stream()
        .max(
            Comparator.<Map.Entry<IncidentType, Long>>comparingLong(Map.Entry::getValue)
                .thenComparing(e -> -e.getKey().ordinal()))
        .map(Map.Entry::getKey)
        .orElse(IncidentType.OTHER);
  }

  /** "3 incidents: 2 strikes, 1 statement", for titles and text alternatives. */
  public String describe() {
    String types =
        countsByType().entrySet().stream()
            .map(e -> e.getValue() + " " + e.getKey().label().toLowerCase(java.util.Locale.ROOT))
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
        + incidents.stream()
            .map(i -> i.id() + i.type().code() + (i.contested() ? "!" : ""))
            .collect(Collectors.joining("."));
  }
}
