package storyline.incident;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Incidents grouped by the day they happened, in the order given. */
public final class Timeline {
  private Timeline() {}

  /** One day of a timeline. */
  public record Day(LocalDate date, List<IncidentItem> incidents) {}

  public static List<Day> byDay(List<IncidentItem> incidents) {
    Map<LocalDate, List<IncidentItem>> days = new LinkedHashMap<>();
    for (IncidentItem incident : incidents) {
      days.computeIfAbsent(incident.occurredOn(), d -> new ArrayList<>()).add(incident);
    }
    return days.entrySet().stream()
        .map(e -> new Day(e.getKey(), List.copyOf(e.getValue())))
        .toList();
  }
}
