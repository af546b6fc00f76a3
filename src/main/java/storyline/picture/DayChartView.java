package storyline.picture;

import java.util.List;

/**
 * The filtered incidents per day (or month, over long spans) as bars, each linking to its filter.
 */
public record DayChartView(
    int width,
    int height,
    double baseY,
    List<Bar> bars,
    List<TimelineView.Tick> ticks,
    int max,
    String unit,
    boolean partial) {

  /** One day's or month's bar. */
  public record Bar(
      double x, double y, double width, double height, String href, String title, int count) {}

  public String viewBox() {
    return "0 0 " + width + " " + height;
  }

  public boolean isEmpty() {
    return bars.isEmpty();
  }
}
