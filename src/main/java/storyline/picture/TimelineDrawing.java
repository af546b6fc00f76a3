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
import java.util.TreeSet;
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

  /** Marks drawn on one day; the rest of a busy day is one "+n" link to that day's list. */
  static final int PER_DAY = 16;

  /** At most about this many dated ticks, whatever the span. */
  static final int TICKS = 12;

  /** The least distance between two labels on the axis, so that they never overlap. */
  static final double MIN_LABEL_GAP = 56;

  private static final long[] TICK_STEPS = {1, 2, 7, 14, 30, 61, 91, 182, 365, 730, 1826, 3652};

  private final Format format = new Format();

  public TimelineView draw(List<IncidentItem> incidents, Instant lastUpdated) {
    if (incidents.isEmpty()) {
      return new TimelineView(
          WIDTH, 80, 40, LEFT, RIGHT, List.of(), List.of(), List.of(), List.of(), List.of(), null,
          List.of(), false);
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
    TreeSet<LocalDate> busy = new TreeSet<>();
    for (IncidentItem i : incidents) {
      busy.add(i.occurredOn());
      if (i.endsOn() != null && i.endsOn().isAfter(i.occurredOn())) {
        busy.add(i.endsOn());
      }
    }
    DayAxis axis = new DayAxis(busy, start, end, LEFT, RIGHT);
    Map<LocalDate, Integer> perDay = new HashMap<>();
    incidents.forEach(i -> perDay.merge(i.occurredOn(), 1, Integer::sum));
    int tallest = Math.min(PER_DAY + 1, perDay.values().stream().max(Integer::compare).orElse(1));
    double axisY = 46 + tallest * STEP;
    int height = (int) Math.ceil(axisY + 40);

    List<TimelineView.Band> bands = new ArrayList<>();
    for (IncidentItem i : incidents) {
      if (i.type().is(IncidentType.AGREEMENT) && i.endsOn() != null) {
        double x0 = axis.x(i.occurredOn());
        double x1 = axis.x(i.endsOn());
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
    List<TimelineView.More> more = new ArrayList<>();
    for (IncidentItem i : incidents) {
      int level = stacked.merge(i.occurredOn(), 1, Integer::sum) - 1;
      double mx = axis.x(i.occurredOn());
      if (level >= PER_DAY) {
        if (level == PER_DAY) {
          int rest = perDay.get(i.occurredOn()) - PER_DAY;
          String day = i.occurredOn().toString();
          more.add(
              new TimelineView.More(
                  r(mx),
                  r(axisY - 14 - level * STEP),
                  "+" + rest,
                  "/incidents?story=" + i.storySlug() + "&from=" + day + "&to=" + day,
                  format.count(rest, "more incident", "more incidents")
                      + " on "
                      + format.day(i.occurredOn())));
        }
        continue;
      }
      double my = axisY - 14 - level * STEP;
      IncidentType style = i.type();
      types.add(i.type());
      boolean violation = i.violatesId() != null;
      anyViolation |= violation;
      String title =
          i.dateLabel()
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
              style.shape().path(mx, my, MARK),
              style.colour(),
              violation,
              "/incidents/" + i.slug(),
              title,
              i.slug(),
              i.occurredOn().toString()));
    }
    List<TimelineView.Gap> gaps =
        axis.gaps().stream()
            .map(
                g ->
                    new TimelineView.Gap(
                        r(g.x()),
                        breakPath(g.x(), axisY),
                        gapLabel(g.days()),
                        "No incidents for "
                            + format.count(g.days(), "day", "days")
                            + ", from "
                            + format.day(g.firstQuiet())
                            + " to "
                            + format.day(g.lastQuiet()),
                        g.days()))
            .toList();
    List<TimelineView.Tick> ticks = new ArrayList<>();
    long every = tickStep((long) Math.ceil(axis.drawnDays()));
    List<Double> taken = new ArrayList<>(gaps.stream().map(TimelineView.Gap::x).toList());
    for (LocalDate d : axis.tickDays(first, every)) {
      double tx = axis.x(d);
      if (d.isBefore(first) || !d.isBefore(end) || near(taken, tx)) {
        continue;
      }
      taken.add(tx);
      String label = every >= 365 ? String.valueOf(d.getYear()) : format.shortDay(d);
      ticks.add(new TimelineView.Tick(r(tx), label, d.toString()));
    }
    TimelineView.Update update = null;
    if (lastUpdated != null) {
      LocalDate day = lastUpdated.atZone(ZoneOffset.UTC).toLocalDate();
      boolean onAxis = !day.isBefore(start) && !day.isAfter(end);
      update =
          new TimelineView.Update(
              onAxis ? r(axis.x(day)) : RIGHT,
              "Last update: " + format.day(day) + (onAxis ? "" : " →"),
              onAxis);
    }
    List<MapView.LegendEntry> legend = new ArrayList<>();
    for (IncidentType type : new TreeSet<>(types)) {
      legend.add(
          new MapView.LegendEntry(type.label(), type.shape().path(10, 10, 7), type.colour()));
    }
    return new TimelineView(
        WIDTH,
        height,
        r(axisY),
        LEFT,
        RIGHT,
        ticks,
        gaps,
        bands,
        marks,
        more,
        update,
        legend,
        anyViolation);
  }

  /** The days between ticks: the smallest step that keeps the ticks to about a dozen. */
  static long tickStep(long span) {
    for (long step : TICK_STEPS) {
      if (span / step <= TICKS) {
        return step;
      }
    }
    return Math.max(1, span / TICKS);
  }

  /** Whether a label at x would crowd one already placed. */
  private static boolean near(List<Double> taken, double x) {
    return taken.stream().anyMatch(t -> Math.abs(t - x) < MIN_LABEL_GAP);
  }

  /** Two slanted strokes across the axis where a quiet stretch is drawn short. */
  private static String breakPath(double x, double y) {
    return "M" + r(x - 6) + " " + r(y + 6) + "L" + r(x - 1) + " " + r(y - 6) + "M" + r(x + 1) + " "
        + r(y + 6) + "L" + r(x + 6) + " " + r(y - 6);
  }

  /** A quiet stretch's length in round words: "3 weeks", "5 months", "2 years". */
  static String gapLabel(long days) {
    if (days < 7 * 8) {
      return Math.round(days / 7.0) + " weeks";
    }
    if (days < 730) {
      return Math.round(days / 30.44) + " months";
    }
    return Math.round(days / 365.25) + " years";
  }

  private static double r(double value) {
    return Math.round(value * 10) / 10.0;
  }

  private static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
