package storyline.incident;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The newest {@link IncidentQuery#PICTURED} matches of a filter summed up, for the map, the chart
 * and the counts at a glance, with how many match in all. All of it comes from one read of those
 * matches: reading them once for each sum cost three walks of the index for a sparse filter, such
 * as a busy actor's 7,000 incidents among 100,000.
 *
 * @param total how many incidents match
 * @param places the matches counted by place and type, places in the order their newest match
 *     comes; matches without a place are left out
 * @param days the matches counted by day, the oldest day first
 * @param types the matches counted by type, the commonest first
 */
public record Overview(
    MatchCount total,
    List<PlaceCount> places,
    Map<LocalDate, Integer> days,
    List<TypeCount> types) {

  /** Matches at one place, of one type: a mark on the map. */
  public record PlaceCount(
      long placeId,
      String placeSlug,
      String placeName,
      String placeCountry,
      double latitude,
      double longitude,
      IncidentType type,
      int incidents,
      int contested) {}

  /** One of the newest matches, with what the sums need of it. */
  record Pictured(
      Long placeId,
      String placeSlug,
      String placeName,
      String placeCountry,
      Double latitude,
      Double longitude,
      IncidentType type,
      boolean contested,
      LocalDate occurredOn) {}

  /** The sums of these matches, newest first. */
  static Overview of(MatchCount total, List<Pictured> newest) {
    Map<List<Object>, int[]> byPlace = new LinkedHashMap<>();
    Map<LocalDate, Integer> days = new TreeMap<>();
    Map<IncidentType, Integer> byType = new LinkedHashMap<>();
    for (Pictured match : newest) {
      days.merge(match.occurredOn(), 1, Integer::sum);
      byType.merge(match.type(), 1, Integer::sum);
      if (match.placeSlug() != null) {
        int[] counts =
            byPlace.computeIfAbsent(List.of(match.placeId(), match.type()), k -> new int[2]);
        counts[0]++;
        counts[1] += match.contested() ? 1 : 0;
      }
    }
    Map<Long, Pictured> placeOf = new LinkedHashMap<>();
    newest.forEach(match -> placeOf.putIfAbsent(match.placeId(), match));
    List<PlaceCount> places = new ArrayList<>();
    byPlace.forEach(
        (key, counts) -> {
          Pictured place = placeOf.get((Long) key.get(0));
          places.add(
              new PlaceCount(
                  place.placeId(),
                  place.placeSlug(),
                  place.placeName(),
                  place.placeCountry(),
                  place.latitude(),
                  place.longitude(),
                  (IncidentType) key.get(1),
                  counts[0],
                  counts[1]));
        });
    List<TypeCount> types =
        byType.entrySet().stream()
            .map(e -> new TypeCount(e.getKey(), e.getValue()))
            .sorted(
                Comparator.comparingInt(TypeCount::count)
                    .reversed()
                    .thenComparing(t -> t.type().code()))
            .toList();
    return new Overview(total, List.copyOf(places), new LinkedHashMap<>(days), types);
  }
}
