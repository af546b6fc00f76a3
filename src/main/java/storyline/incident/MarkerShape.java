package storyline.incident;

import java.util.Locale;
import storyline.db.Coded;

/**
 * The outlines a type's markers take on the map, the timeline, the share card and beside its name:
 * a shape for each type, so that the types still read in greyscale, in print and to readers who
 * cannot tell the colours apart.
 */
public enum MarkerShape implements Coded {
  CIRCLE,
  SQUARE,
  TRIANGLE,
  DIAMOND,
  TRIANGLE_DOWN,
  CROSS,
  HEXAGON,
  STAR;

  /** An SVG path of the shape centred on (x, y), fitting a circle of radius r. */
  public String path(double x, double y, double r) {
    if (this == CIRCLE) {
      return "M" + n(x - r) + " " + n(y) + "a" + n(r) + " " + n(r) + " 0 1 0 " + n(2 * r) + " 0"
          + "a" + n(r) + " " + n(r) + " 0 1 0 " + n(-2 * r) + " 0Z";
    }
    StringBuilder d = new StringBuilder();
    double[][] points = outline(x, y, r);
    for (int i = 0; i < points.length; i++) {
      d.append(i == 0 ? "M" : "L").append(n(points[i][0])).append(' ').append(n(points[i][1]));
    }
    return d.append('Z').toString();
  }

  /** The same shape for Java2D, as the share card draws it. */
  public java.awt.Shape awtShape(double x, double y, double r) {
    if (this == CIRCLE) {
      return new java.awt.geom.Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
    }
    java.awt.geom.Path2D.Double path = new java.awt.geom.Path2D.Double();
    double[][] points = outline(x, y, r);
    path.moveTo(points[0][0], points[0][1]);
    for (int i = 1; i < points.length; i++) {
      path.lineTo(points[i][0], points[i][1]);
    }
    path.closePath();
    return path;
  }

  /** The corners of every shape but the circle. */
  private double[][] outline(double x, double y, double r) {
    return switch (this) {
      case SQUARE -> regular(x, y, r * 1.2, 4, Math.PI / 4);
      case TRIANGLE -> regular(x, y, r * 1.3, 3, -Math.PI / 2);
      case TRIANGLE_DOWN -> regular(x, y, r * 1.3, 3, Math.PI / 2);
      case DIAMOND -> regular(x, y, r * 1.25, 4, 0);
      case HEXAGON -> regular(x, y, r * 1.05, 6, 0);
      case STAR -> star(x, y, r * 1.3, r * 0.6);
      case CROSS -> cross(x, y, r * 1.1);
      case CIRCLE -> throw new IllegalStateException("a circle has no corners");
    };
  }

  private static double[][] regular(double x, double y, double r, int sides, double start) {
    double[][] points = new double[sides][];
    for (int i = 0; i < sides; i++) {
      double a = start + 2 * Math.PI * i / sides;
      points[i] = new double[] {x + r * Math.cos(a), y + r * Math.sin(a)};
    }
    return points;
  }

  private static double[][] star(double x, double y, double outer, double inner) {
    double[][] points = new double[10][];
    for (int i = 0; i < 10; i++) {
      double r = i % 2 == 0 ? outer : inner;
      double a = -Math.PI / 2 + Math.PI * i / 5;
      points[i] = new double[] {x + r * Math.cos(a), y + r * Math.sin(a)};
    }
    return points;
  }

  private static double[][] cross(double x, double y, double r) {
    double t = r * 0.38;
    double[][] offsets = {
      {-t, -r}, {t, -r}, {t, -t}, {r, -t}, {r, t}, {t, t}, {t, r}, {-t, r}, {-t, t}, {-r, t},
      {-r, -t}, {-t, -t}
    };
    double[][] points = new double[offsets.length][];
    for (int i = 0; i < offsets.length; i++) {
      points[i] = new double[] {x + offsets[i][0], y + offsets[i][1]};
    }
    return points;
  }

  /** A coordinate with at most one decimal, as SVG paths need no more at this size. */
  public static String n(double value) {
    double rounded = Math.round(value * 10) / 10.0;
    return rounded == Math.rint(rounded)
        ? String.valueOf((long) rounded)
        : String.format(Locale.ROOT, "%.1f", rounded);
  }
}
