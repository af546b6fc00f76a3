package storyline.picture;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import storyline.incident.IncidentFilter;
import storyline.incident.IncidentItem;

/**
 * The pictures, each computed once per change of the data it shows: a picture is kept under a
 * digest of exactly what it draws, so a request for unchanged data reuses it and any change (a new
 * incident, a moved place, a claim that makes an incident contested) draws it anew.
 */
public final class Pictures {
  static final int KEPT = 256;

  private final Supplier<WorldShapes> world;
  private MapDrawing maps;
  private final TimelineDrawing timelines = new TimelineDrawing();
  private final DayChart dayCharts = new DayChart();
  private ShareCard cards;
  private final Map<String, Object> cache =
      new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
          return size() > KEPT;
        }
      };

  public Pictures(WorldShapes world) {
    this(() -> world);
  }

  /** Pictures whose world map is read on first use: start-up need not wait for it. */
  public Pictures(Supplier<WorldShapes> world) {
    this.world = world;
  }

  private synchronized MapDrawing maps() {
    if (maps == null) {
      maps = new MapDrawing(world.get());
      cards = new ShareCard(maps);
    }
    return maps;
  }

  private synchronized ShareCard cards() {
    maps();
    return cards;
  }

  public MapView map(List<MapPlace> places) {
    return cached("map", fingerprint(places), () -> maps().draw(places));
  }

  public TimelineView timeline(List<IncidentItem> incidents, Instant lastUpdated) {
    String key =
        incidents.stream().map(Pictures::fingerprint).collect(Collectors.joining("|"))
            + "@"
            + (lastUpdated == null ? "" : lastUpdated.atZone(ZoneOffset.UTC).toLocalDate());
    return cached("timeline", key, () -> timelines.draw(incidents, lastUpdated));
  }

  /**
   * @param days the newest matches counted by day
   * @param partial whether those are only the newest of more matches
   */
  public DayChartView dayChart(
      Map<LocalDate, Integer> days, IncidentFilter filter, boolean partial) {
    String key = days + "?" + filter.queryString() + (partial ? "+" : "");
    return cached("chart", key, () -> dayCharts.draw(days, filter, partial));
  }

  public byte[] card(String title, String updated, String counts, List<MapPlace> places) {
    String key = title + "|" + updated + "|" + counts + "|" + fingerprint(places);
    return cached("card", key, () -> cards().draw(title, updated, counts, places));
  }

  private static String fingerprint(List<MapPlace> places) {
    return places.stream().map(MapPlace::fingerprint).collect(Collectors.joining("|"));
  }

  /**
   * Exactly what the timeline draws of an incident, so that a save that changes nothing drawn (a
   * summary, say) keeps the picture.
   */
  private static String fingerprint(IncidentItem i) {
    return String.join(
        "\u0000",
        String.valueOf(i.id()),
        i.slug(),
        i.title(),
        i.type().code(),
        String.valueOf(i.occurredOn()),
        i.precision().code(),
        String.valueOf(i.endsOn()),
        String.valueOf(i.violatesId()),
        String.valueOf(i.contested()),
        String.valueOf(i.storySlug()));
  }

  @SuppressWarnings("unchecked")
  private <T> T cached(String kind, String key, Supplier<T> draw) {
    String digest = kind + ":" + digest(key);
    synchronized (cache) {
      Object kept = cache.get(digest);
      if (kept != null) {
        return (T) kept;
      }
    }
    T drawn = draw.get();
    synchronized (cache) {
      cache.put(digest, drawn);
    }
    return drawn;
  }

  /** How many pictures are kept now; for tests of the caching. */
  int kept() {
    synchronized (cache) {
      return cache.size();
    }
  }

  private static String digest(String key) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
