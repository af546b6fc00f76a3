package storyline.picture;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import storyline.incident.IncidentFilter;
import storyline.web.Format;

/**
 * Draws how many of the filtered incidents happened on each day, or each month or year over long
 * spans, so that the bars never number more than a few hundred whatever the dates.
 */
public final class DayChart {
  static final int WIDTH = 800;
  static final int HEIGHT = 150;
  static final double LEFT = 30;
  static final double RIGHT = WIDTH - 10;
  static final double BASE = HEIGHT - 28;
  static final double TOP = 16;
  static final long MAX_DAYS = 92;
  static final long MAX_MONTHS = 120;

  /** At most this many bars of years: over a longer span each bar counts several years. */
  static final long MAX_YEARS = 60;

  private final Format format = new Format();

  /** The unit of a bar. */
  enum Unit {
    DAY,
    MONTH,
    YEAR
  }

  /**
   * @param days incidents per day, from the newest matches
   * @param partial whether only the newest matches are counted, not all of them
   */
  public DayChartView draw(Map<LocalDate, Integer> days, IncidentFilter filter, boolean partial) {
    if (days.isEmpty()) {
      return new DayChartView(WIDTH, HEIGHT, BASE, List.of(), List.of(), 0, "day", partial);
    }
    TreeMap<LocalDate, Integer> sorted = new TreeMap<>(days);
    LocalDate first = sorted.firstKey();
    LocalDate last = sorted.lastKey();
    Unit unit =
        ChronoUnit.DAYS.between(first, last) <= MAX_DAYS
            ? Unit.DAY
            : ChronoUnit.MONTHS.between(first.withDayOfMonth(1), last) <= MAX_MONTHS
                ? Unit.MONTH
                : Unit.YEAR;
    int years = (int) Math.max(1, (last.getYear() - first.getYear() + MAX_YEARS) / MAX_YEARS);
    Map<LocalDate, Integer> counts = new TreeMap<>();
    for (LocalDate cursor = bucket(first, unit, years);
        !cursor.isAfter(last);
        cursor = next(cursor, unit, years)) {
      counts.put(cursor, 0);
    }
    sorted.forEach((day, n) -> counts.merge(bucket(day, unit, years), n, Integer::sum));
    int max = counts.values().stream().max(Integer::compare).orElse(1);
    double slot = (RIGHT - LEFT) / counts.size();
    double barWidth = Math.max(1, Math.min(48, slot * 0.8));
    List<DayChartView.Bar> bars = new ArrayList<>();
    List<TimelineView.Tick> ticks = new ArrayList<>();
    int every = (int) Math.ceil(counts.size() / 10.0);
    int index = 0;
    for (Map.Entry<LocalDate, Integer> entry : counts.entrySet()) {
      LocalDate from = entry.getKey();
      LocalDate to = next(from, unit, years).minusDays(1);
      double x = LEFT + slot * index + (slot - barWidth) / 2;
      double h = entry.getValue() == 0 ? 0 : Math.max(2, (BASE - TOP) * entry.getValue() / max);
      String when =
          switch (unit) {
            case DAY -> format.day(from);
            case MONTH -> YearMonth.from(from).toString();
            case YEAR ->
                years == 1 ? String.valueOf(from.getYear()) : from.getYear() + "–" + to.getYear();
          };
      if (entry.getValue() > 0) {
        bars.add(
            new DayChartView.Bar(
                r(x),
                r(BASE - h),
                r(barWidth),
                r(h),
                "/incidents?" + filter.between(from, to).queryString(),
                when + ": " + format.count(entry.getValue(), "incident", "incidents"),
                entry.getValue()));
      }
      if (index % every == 0) {
        ticks.add(
            new TimelineView.Tick(
                r(x + barWidth / 2),
                unit == Unit.DAY ? format.shortDay(from) : when,
                from.toString()));
      }
      index++;
    }
    return new DayChartView(
        WIDTH,
        HEIGHT,
        BASE,
        bars,
        ticks,
        max,
        unit.name().toLowerCase(java.util.Locale.ROOT),
        partial);
  }

  private static LocalDate bucket(LocalDate day, Unit unit, int years) {
    return switch (unit) {
      case DAY -> day;
      case MONTH -> day.withDayOfMonth(1);
      case YEAR -> LocalDate.of(day.getYear() - Math.floorMod(day.getYear(), years), 1, 1);
    };
  }

  private static LocalDate next(LocalDate bucket, Unit unit, int years) {
    return switch (unit) {
      case DAY -> bucket.plusDays(1);
      case MONTH -> bucket.plusMonths(1);
      case YEAR -> bucket.plusYears(years);
    };
  }

  private static double r(double value) {
    return Math.round(value * 10) / 10.0;
  }
}
