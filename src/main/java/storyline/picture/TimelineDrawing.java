package storyline.picture;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import storyline.incident.IncidentItem;
import storyline.incident.IncidentType;
import storyline.web.Format;

/**
 * Draws a story's incidents along a line of days: one mark per incident, stacked on busy days, each
 * agreement's period shaded, alleged violations outlined, and the last update shown.
 */
public final class TimelineDrawing {
  static final int WIDTH = 800;
  static final double LEFT = 40;
  static final double RIGHT = WIDTH - 40;
  static final double STEP = 16;
  static final double MARK = 6;

  private final Format format = new Format();

  public TimelineView draw(List<IncidentItem> incidents, Instant lastUpdated) {
    if (incidents.isEmpty()) {
      return new TimelineView(
          WIDTH, 80, 40, LEFT, RIGHT, List.of(), List.of(), List.of(), null, List.of(), false);
    }
    LocalDate first =
        incidents.stream().map(IncidentItem::occurredOn).min(LocalDate::compareTo).orElseThrow();
    LocalDate last =
        incidents.stream()
            .map(
                i ->
                    i.endsOn() != null && i.endsOn().isAfter(i.occurredOn())
                        ? i.endsOn()
                        : i.occurredOn())
            .max(LocalDate::compareTo)
            .orElseThrow();
    LocalDate start = first.minusDays(1);
    LocalDate end = last.plusDays(1);
    if (ChronoUnit.DAYS.between(start, end) < 6) {
      end = start.plusDays(6);
    }
    long span = ChronoUnit.DAYS.between(start, end);
    Map<LocalDate, Integer> perDay = new HashMap<>();
    incidents.forEach(i -> perDay.merge(i.occurredOn(), 1, Integer::sum));
    int tallest = perDay.values().stream().max(Integer::compare).orElse(1);
    double axisY = 46 + tallest * STEP;
    int height = (int) Math.ceil(axisY + 40);

    List<TimelineView.Band> bands = new ArrayList<>();
    for (IncidentItem i : incidents) {
      if (i.type() == IncidentType.AGREEMENT && i.endsOn() != null) {
        double x0 = x(i.occurredOn(), start, span);
        double x1 = x(i.endsOn(), start, span);
        bands.add(
            new TimelineView.Band(
                x0,
                Math.max(2, x1 - x0),
                shorten(i.title(), 60) + " — " + format.period(i.occurredOn(), i.endsOn()),
                "/incidents/" + i.slug(),
                i.occurredOn().toString(),
                i.endsOn().toString()));
      }
    }
    Map<LocalDate, Integer> stacked = new HashMap<>();
    List<TimelineView.Mark> marks = new ArrayList<>();
    Set<IncidentType> types = new LinkedHashSet<>();
    boolean anyViolation = false;
    for (IncidentItem i : incidents) {
      int level = stacked.merge(i.occurredOn(), 1, Integer::sum) - 1;
      double mx = x(i.occurredOn(), start, span);
      double my = axisY - 14 - level * STEP;
      TypeStyle style = TypeStyle.of(i.type());
      types.add(i.type());
      boolean violation = i.violatesId() != null;
      anyViolation |= violation;
      String title =
          format.dated(i.occurredOn(), i.precision())
              + " · "
              + i.type().label()
              + ": "
              + i.title()
              + (violation ? " (alleged violation of an agreement)" : "")
              + (i.contested() ? " (contested)" : "");
      marks.add(
          new TimelineView.Mark(
              r(mx),
              r(my),
              style.path(mx, my, MARK),
              style.colour(),
              violation,
              "/incidents/" + i.slug(),
              title,
              i.slug(),
              i.occurredOn().toString()));
    }
    List<TimelineView.Tick> ticks = new ArrayList<>();
    long every = span <= 16 ? 1 : span <= 40 ? 7 : span <= 120 ? 14 : 30;
    for (LocalDate d = start.plusDays(1); d.isBefore(end); d = d.plusDays(1)) {
      long offset = ChronoUnit.DAYS.between(first, d);
      if (offset % every == 0) {
        ticks.add(new TimelineView.Tick(r(x(d, start, span)), format.shortDay(d), d.toString()));
      }
    }
    TimelineView.Update update = null;
    if (lastUpdated != null) {
      LocalDate day = lastUpdated.atZone(ZoneOffset.UTC).toLocalDate();
      boolean onAxis = !day.isBefore(start) && !day.isAfter(end);
      update =
          new TimelineView.Update(
              onAxis ? r(x(day, start, span)) : RIGHT,
              "Last update: " + format.day(day) + (onAxis ? "" : " →"),
              onAxis);
    }
    List<MapView.LegendEntry> legend = new ArrayList<>();
    for (IncidentType type : IncidentType.values()) {
      if (types.contains(type)) {
        TypeStyle style = TypeStyle.of(type);
        legend.add(new MapView.LegendEntry(type.label(), style.path(10, 10, 7), style.colour()));
      }
    }
    return new TimelineView(
        WIDTH, height, r(axisY), LEFT, RIGHT, ticks, bands, marks, update, legend, anyViolation);
  }

  /** The x of a day's middle. */
  static double x(LocalDate day, LocalDate start, long span) {
    return LEFT + (ChronoUnit.DAYS.between(start, day) + 0.5) / (span + 1) * (RIGHT - LEFT);
  }

  private static double r(double value) {
    return Math.round(value * 10) / 10.0;
  }

  private static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
