package storyline.picture;

import java.util.List;

/**
 * A map ready to draw as SVG in a page: everything projected, clipped and rounded, so that the
 * template only writes it out.
 */
public record MapView(
    int width,
    int height,
    List<CountryShape> countries,
    List<Label> labels,
    List<Marker> markers,
    List<Outside> outside,
    List<LegendEntry> legend,
    boolean anyContested) {

  /** One country's visible outline. */
  public record CountryShape(String name, String d, boolean focus) {}

  /** A country's name, where its largest visible part is. */
  public record Label(double x, double y, String text) {}

  /** One place's marker: its shape's path, colour, size and link. */
  public record Marker(
      String slug,
      String name,
      double x,
      double y,
      double r,
      String d,
      String colour,
      boolean contested,
      String href,
      String title,
      String description,
      int count,
      double labelX,
      String anchor) {}

  /** A place too far from the rest to draw, listed beside the map instead. */
  public record Outside(String name, String href, String description) {}

  /** One type in the legend: its shape at legend size and its colour. */
  public record LegendEntry(String label, String d, String colour) {}

  public boolean isEmpty() {
    return markers.isEmpty();
  }

  public String viewBox() {
    return "0 0 " + width + " " + height;
  }
}
