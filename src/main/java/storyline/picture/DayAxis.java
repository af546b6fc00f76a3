package storyline.picture;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Days along the timeline's axis, with long quiet stretches drawn short. A story that breaks on two
 * busy days and has a last incident two months later would otherwise pile its marks into one column
 * at the left and leave most of the width empty; here every stretch without incidents longer than
 * {@link #quietFor} takes the width of {@link #GAP_UNITS} days and is marked as a gap, so the busy
 * days get the width. Days keep their order, so marks still read left to right in time.
 */
final class DayAxis {
  /** The width, in days, that a compressed stretch takes. */
  static final double GAP_UNITS = 2;

  /** Quiet stretches this long or shorter are drawn to scale. */
  static final long MIN_QUIET_DAYS = 14;

  /** A stretch drawn short: its quiet days and where its middle falls on the axis. */
  record Gap(LocalDate firstQuiet, LocalDate lastQuiet, long days, double x) {}

  private final LocalDate[] keys;
  private final double[] units;

  /** Whether the stretch before each key day is drawn short. */
  private final boolean[] quiet;

  private final double total;
  private final double left;
  private final double right;
  private final List<Gap> gaps = new ArrayList<>();

  /**
   * @param busy the days something is drawn on
   * @param start the axis's first day, at or before every busy day
   * @param end the axis's last day, at or after every busy day
   */
  DayAxis(SortedSet<LocalDate> busy, LocalDate start, LocalDate end, double left, double right) {
    this.left = left;
    this.right = right;
    TreeSet<LocalDate> all = new TreeSet<>(busy);
    all.add(start);
    all.add(end);
    keys = all.toArray(LocalDate[]::new);
    units = new double[keys.length];
    long quietFor = quietFor(ChronoUnit.DAYS.between(start, end));
    quiet = new boolean[keys.length];
    double at = 0;
    for (int i = 1; i < keys.length; i++) {
      long days = ChronoUnit.DAYS.between(keys[i - 1], keys[i]);
      quiet[i] = days - 1 > quietFor;
      at += quiet[i] ? GAP_UNITS + 1 : days;
      units[i] = at;
    }
    total = at;
    for (int i = 1; i < keys.length; i++) {
      if (quiet[i]) {
        gaps.add(
            new Gap(
                keys[i - 1].plusDays(1),
                keys[i].minusDays(1),
                ChronoUnit.DAYS.between(keys[i - 1], keys[i]) - 1,
                position((units[i - 1] + units[i]) / 2)));
      }
    }
  }

  /**
   * The days to label on the axis: every {@code step} days counted from {@code first}, within the
   * stretches drawn to scale, and the first day after each gap, where time picks up again.
   */
  SortedSet<LocalDate> tickDays(LocalDate first, long step) {
    TreeSet<LocalDate> days = new TreeSet<>();
    for (int i = 1; i < keys.length; i++) {
      if (quiet[i]) {
        days.add(keys[i]);
        continue;
      }
      long since = ChronoUnit.DAYS.between(first, keys[i - 1]);
      LocalDate day = keys[i - 1].plusDays(Math.floorMod(-since, step));
      for (; !day.isAfter(keys[i]); day = day.plusDays(step)) {
        days.add(day);
      }
    }
    return days;
  }

  /**
   * How long a stretch without incidents must be to be drawn short: two weeks, or a tenth of the
   * whole span when that is longer, so that a story of several years keeps its ordinary pauses to
   * scale.
   */
  static long quietFor(long span) {
    return Math.max(MIN_QUIET_DAYS, span / 10);
  }

  /** The x of a day's middle. */
  double x(LocalDate day) {
    return position(unitsAt(day));
  }

  /** Whether the day falls in a stretch drawn short. */
  boolean inGap(LocalDate day) {
    return gaps.stream()
        .anyMatch(g -> !day.isBefore(g.firstQuiet()) && !day.isAfter(g.lastQuiet()));
  }

  List<Gap> gaps() {
    return gaps;
  }

  /** How many days wide the axis is drawn, counting each gap as its drawn width. */
  double drawnDays() {
    return total;
  }

  private double unitsAt(LocalDate day) {
    if (!day.isAfter(keys[0])) {
      return -ChronoUnit.DAYS.between(day, keys[0]);
    }
    for (int i = 1; i < keys.length; i++) {
      if (!day.isAfter(keys[i])) {
        double fraction =
            (double) ChronoUnit.DAYS.between(keys[i - 1], day)
                / ChronoUnit.DAYS.between(keys[i - 1], keys[i]);
        return units[i - 1] + fraction * (units[i] - units[i - 1]);
      }
    }
    return total + ChronoUnit.DAYS.between(keys[keys.length - 1], day);
  }

  private double position(double unit) {
    return left + (unit + 0.5) / (total + 1) * (right - left);
  }
}
