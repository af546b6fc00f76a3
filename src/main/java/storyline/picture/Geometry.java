package storyline.picture;

import java.util.ArrayList;
import java.util.List;

/** Clipping, simplifying and measuring rings of points on the drawing plane. */
final class Geometry {
  private Geometry() {}

  /** Sutherland–Hodgman: the part of a closed ring inside the rectangle, as a closed ring. */
  static List<double[]> clip(
      List<double[]> ring, double minX, double minY, double maxX, double maxY) {
    List<double[]> out = ring;
    for (int edge = 0; edge < 4 && !out.isEmpty(); edge++) {
      List<double[]> in = out;
      out = new ArrayList<>();
      for (int i = 0; i < in.size(); i++) {
        double[] a = in.get((i + in.size() - 1) % in.size());
        double[] b = in.get(i);
        boolean aIn = inside(a, edge, minX, minY, maxX, maxY);
        boolean bIn = inside(b, edge, minX, minY, maxX, maxY);
        if (bIn) {
          if (!aIn) {
            out.add(cross(a, b, edge, minX, minY, maxX, maxY));
          }
          out.add(b);
        } else if (aIn) {
          out.add(cross(a, b, edge, minX, minY, maxX, maxY));
        }
      }
    }
    return out;
  }

  private static boolean inside(
      double[] p, int edge, double minX, double minY, double maxX, double maxY) {
    return switch (edge) {
      case 0 -> p[0] >= minX;
      case 1 -> p[0] <= maxX;
      case 2 -> p[1] >= minY;
      default -> p[1] <= maxY;
    };
  }

  private static double[] cross(
      double[] a, double[] b, int edge, double minX, double minY, double maxX, double maxY) {
    double bound =
        switch (edge) {
          case 0 -> minX;
          case 1 -> maxX;
          case 2 -> minY;
          default -> maxY;
        };
    boolean vertical = edge < 2;
    double t = vertical ? (bound - a[0]) / (b[0] - a[0]) : (bound - a[1]) / (b[1] - a[1]);
    return vertical
        ? new double[] {bound, a[1] + t * (b[1] - a[1])}
        : new double[] {a[0] + t * (b[0] - a[0]), bound};
  }

  /** Douglas–Peucker on a closed ring, split at its farthest point from the start. */
  static List<double[]> simplify(List<double[]> ring, double tolerance) {
    if (ring.size() <= 4) {
      return ring;
    }
    int far = 0;
    double best = -1;
    for (int i = 0; i < ring.size(); i++) {
      double d = Math.hypot(ring.get(i)[0] - ring.get(0)[0], ring.get(i)[1] - ring.get(0)[1]);
      if (d > best) {
        best = d;
        far = i;
      }
    }
    List<double[]> out = new ArrayList<>(douglasPeucker(ring.subList(0, far + 1), tolerance));
    List<double[]> second = douglasPeucker(ring.subList(far, ring.size()), tolerance);
    out.addAll(second.subList(1, second.size()));
    return out;
  }

  private static List<double[]> douglasPeucker(List<double[]> points, double tolerance) {
    if (points.size() < 3) {
      return points;
    }
    boolean[] keep = new boolean[points.size()];
    keep[0] = true;
    keep[points.size() - 1] = true;
    List<int[]> stack = new ArrayList<>();
    stack.add(new int[] {0, points.size() - 1});
    while (!stack.isEmpty()) {
      int[] span = stack.remove(stack.size() - 1);
      double[] a = points.get(span[0]);
      double[] b = points.get(span[1]);
      double length = Math.max(1e-12, Math.hypot(b[0] - a[0], b[1] - a[1]));
      double worst = -1;
      int index = -1;
      for (int i = span[0] + 1; i < span[1]; i++) {
        double[] p = points.get(i);
        double d = Math.abs((b[0] - a[0]) * (a[1] - p[1]) - (a[0] - p[0]) * (b[1] - a[1])) / length;
        if (d > worst) {
          worst = d;
          index = i;
        }
      }
      if (worst > tolerance) {
        keep[index] = true;
        stack.add(new int[] {span[0], index});
        stack.add(new int[] {index, span[1]});
      }
    }
    List<double[]> out = new ArrayList<>();
    for (int i = 0; i < points.size(); i++) {
      if (keep[i]) {
        out.add(points.get(i));
      }
    }
    return out;
  }

  /** The ring's area (shoelace), without sign. */
  static double area(List<double[]> ring) {
    double sum = 0;
    for (int i = 0; i < ring.size(); i++) {
      double[] a = ring.get(i);
      double[] b = ring.get((i + 1) % ring.size());
      sum += a[0] * b[1] - b[0] * a[1];
    }
    return Math.abs(sum) / 2;
  }

  /** The centroid of a ring, or its first point when it has no area. */
  static double[] centroid(List<double[]> ring) {
    double a = 0;
    double cx = 0;
    double cy = 0;
    for (int i = 0; i < ring.size(); i++) {
      double[] p = ring.get(i);
      double[] q = ring.get((i + 1) % ring.size());
      double f = p[0] * q[1] - q[0] * p[1];
      a += f;
      cx += (p[0] + q[0]) * f;
      cy += (p[1] + q[1]) * f;
    }
    if (Math.abs(a) < 1e-9) {
      return ring.get(0);
    }
    return new double[] {cx / (3 * a), cy / (3 * a)};
  }
}
