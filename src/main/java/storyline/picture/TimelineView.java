package storyline.picture;

import java.util.List;

/** A story's timeline ready to draw as SVG: days along the axis, one mark per incident. */
public record TimelineView(
    int width,
    int height,
    double axisY,
    double left,
    double right,
    List<Tick> ticks,
    List<Gap> gaps,
    List<Band> bands,
    List<Mark> marks,
    List<More> more,
    Update update,
    List<MapView.LegendEntry> legend,
    boolean anyViolation) {

  /** A day on the axis, labelled. */
  public record Tick(double x, String label, String date) {}

  /**
   * A stretch without incidents drawn shorter than to scale: where it falls, the strokes that mark
   * the break in the axis, its length in words and in days, and its dates for a tooltip.
   */
  public record Gap(double x, String d, String label, String title, long days) {}

  /** An agreement's period, shaded. */
  public record Band(double x, double width, String label, String href, String start, String end) {}

  /** One incident. */
  public record Mark(
      double x,
      double y,
      String d,
      String colour,
      boolean violation,
      String href,
      String title,
      String slug,
      String date) {}

  /** The rest of a busy day's incidents, as one link to that day in the list. */
  public record More(double x, double y, String label, String href, String title) {}

  /** The last update: a line on the axis when it falls inside it, or a note at its right end. */
  public record Update(double x, String label, boolean onAxis) {}

  public String viewBox() {
    return "0 0 " + width + " " + height;
  }

  public boolean isEmpty() {
    return marks.isEmpty();
  }
}
