package storyline.picture;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import storyline.incident.IncidentFilter;
import storyline.incident.IncidentItem;
import storyline.web.Format;

/** Draws how many of the filtered incidents happened on each day, or each month over long spans. */
public final class DayChart {
  static final int WIDTH = 800;
  static final int HEIGHT = 150;
  static final double LEFT = 30;
  static final double RIGHT = WIDTH - 10;
  static final double BASE = HEIGHT - 28;
  static final double TOP = 16;
  static final long MAX_DAYS = 92;

  private final Format format = new Format();

  public DayChartView draw(List<IncidentItem> incidents, IncidentFilter filter) {
    if (incidents.isEmpty()) {
      return new DayChartView(WIDTH, HEIGHT, BASE, List.of(), List.of(), 0, "day");
    }
    LocalDate first =
        incidents.stream().map(IncidentItem::occurredOn).min(LocalDate::compareTo).orElseThrow();
    LocalDate last =
        incidents.stream().map(IncidentItem::occurredOn).max(LocalDate::compareTo).orElseThrow();
    boolean byMonth = ChronoUnit.DAYS.between(first, last) > MAX_DAYS;
    Map<LocalDate, Integer> counts = new TreeMap<>();
    LocalDate cursor = byMonth ? first.withDayOfMonth(1) : first;
    while (!cursor.isAfter(last)) {
      counts.put(cursor, 0);
      cursor = byMonth ? cursor.plusMonths(1) : cursor.plusDays(1);
    }
    for (IncidentItem i : incidents) {
      counts.merge(byMonth ? i.occurredOn().withDayOfMonth(1) : i.occurredOn(), 1, Integer::sum);
    }
    int max = counts.values().stream().max(Integer::compare).orElse(1);
    double slot = (RIGHT - LEFT) / counts.size();
    double barWidth = Math.max(1, Math.min(48, slot * 0.8));
    List<DayChartView.Bar> bars = new ArrayList<>();
    List<TimelineView.Tick> ticks = new ArrayList<>();
    int every = (int) Math.ceil(counts.size() / 10.0);
    int index = 0;
    for (Map.Entry<LocalDate, Integer> bucket : counts.entrySet()) {
      LocalDate from = bucket.getKey();
      LocalDate to = byMonth ? YearMonth.from(from).atEndOfMonth() : from;
      double x = LEFT + slot * index + (slot - barWidth) / 2;
      double h = bucket.getValue() == 0 ? 0 : Math.max(2, (BASE - TOP) * bucket.getValue() / max);
      String when = byMonth ? YearMonth.from(from).toString() : format.day(from);
      String query = filter.between(from, to).queryString();
      if (bucket.getValue() > 0) {
        bars.add(
            new DayChartView.Bar(
                r(x),
                r(BASE - h),
                r(barWidth),
                r(h),
                "/incidents?" + query,
                when + ": " + format.count(bucket.getValue(), "incident", "incidents"),
                bucket.getValue()));
      }
      if (index % every == 0) {
        ticks.add(
            new TimelineView.Tick(
                r(x + barWidth / 2), byMonth ? when : format.shortDay(from), from.toString()));
      }
      index++;
    }
    return new DayChartView(WIDTH, HEIGHT, BASE, bars, ticks, max, byMonth ? "month" : "day");
  }

  private static double r(double value) {
    return Math.round(value * 10) / 10.0;
  }
}
