package storyline.picture;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.imageio.ImageIO;
import storyline.incident.IncidentType;

/**
 * The 1200×630 picture that social sites show for a story: its title, when it was last updated, and
 * the map of its incidents, drawn with Java2D.
 */
public final class ShareCard {
  static final int WIDTH = 1200;
  static final int HEIGHT = 630;
  static final int MAP_LEFT = 600;
  private static final Color PAPER = new Color(0xF5F4F0);
  private static final Color INK = new Color(0x1B1B1F);
  private static final Color ACCENT = new Color(0x8A1C1C);
  private static final Color SEA = new Color(0xDCE9F2);
  private static final Color LAND = new Color(0xF2EFE6);
  private static final Color FOCUS = new Color(0xE8DFC8);
  private static final Color BORDER = new Color(0x9A958A);

  private final MapDrawing maps;

  public ShareCard(MapDrawing maps) {
    this.maps = maps;
  }

  /** The card as PNG bytes. */
  public byte[] draw(String title, String updated, String counts, List<MapPlace> places) {
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(PAPER);
      g.fillRect(0, 0, WIDTH, HEIGHT);
      drawMap(g, places);
      g.setColor(ACCENT);
      g.fillRect(0, 0, 12, HEIGHT);
      g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 26));
      g.drawString("STORYLINE", 56, 84);
      g.setColor(INK);
      g.setFont(new Font(Font.SERIF, Font.BOLD, 46));
      int y = 160;
      for (String line : wrap(title, g.getFontMetrics(), MAP_LEFT - 96, 6)) {
        g.drawString(line, 56, y);
        y += 56;
      }
      g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 24));
      g.drawString(counts, 56, HEIGHT - 96);
      g.drawString(updated, 56, HEIGHT - 56);
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return png.toByteArray();
  }

  private void drawMap(Graphics2D g, List<MapPlace> places) {
    int width = WIDTH - MAP_LEFT;
    g.setColor(SEA);
    g.fillRect(MAP_LEFT, 0, width, HEIGHT);
    if (places.isEmpty()) {
      return;
    }
    MapDrawing.Frame frame = maps.frame(places, width, HEIGHT, HEIGHT);
    List<String> focus = frame.inside().stream().map(MapPlace::country).toList();
    Graphics2D map = (Graphics2D) g.create(MAP_LEFT, 0, width, HEIGHT);
    try {
      map.setStroke(new BasicStroke(1f));
      for (WorldShapes.Country country : maps.world().countries()) {
        List<List<double[]>> rings = maps.rings(frame, country);
        if (rings.isEmpty()) {
          continue;
        }
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        for (List<double[]> ring : rings) {
          path.moveTo(ring.get(0)[0], ring.get(0)[1]);
          for (double[] p : ring.subList(1, ring.size())) {
            path.lineTo(p[0], p[1]);
          }
          path.closePath();
        }
        map.setColor(focus.contains(country.name()) ? FOCUS : LAND);
        map.fill(path);
        map.setColor(BORDER);
        map.draw(path);
      }
      List<MapPlace> inside = new ArrayList<>(frame.inside());
      inside.sort(Comparator.comparingInt(MapPlace::count).reversed());
      for (MapPlace place : inside) {
        double[] p = frame.pixel(place.longitude(), place.latitude());
        double r = Math.min(30, 8 * Math.sqrt(place.count()));
        IncidentType style = place.mainType();
        java.awt.Shape marker = style.shape().awtShape(p[0], p[1], r);
        map.setColor(new Color(style.rgb()));
        map.fill(marker);
        map.setColor(INK);
        map.setStroke(new BasicStroke(place.contested() ? 3f : 1.5f));
        map.draw(marker);
      }
    } finally {
      map.dispose();
    }
  }

  /** The words in lines that fit the width; the last line ends in an ellipsis if cut. */
  static List<String> wrap(String text, FontMetrics metrics, int width, int maxLines) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    String[] words = text.split("\\s+");
    for (int i = 0; i < words.length; i++) {
      String candidate = line.length() == 0 ? words[i] : line + " " + words[i];
      if (metrics.stringWidth(candidate) <= width || line.length() == 0) {
        line = new StringBuilder(candidate);
        continue;
      }
      lines.add(line.toString());
      line = new StringBuilder(words[i]);
      if (lines.size() == maxLines - 1) {
        StringBuilder rest = new StringBuilder(line);
        for (int j = i + 1; j < words.length; j++) {
          rest.append(' ').append(words[j]);
        }
        String last = rest.toString();
        while (metrics.stringWidth(last + "…") > width && last.length() > 1) {
          last = last.substring(0, last.length() - 1);
        }
        lines.add(rest.toString().equals(last) ? last : last.strip() + "…");
        return lines;
      }
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }
}
