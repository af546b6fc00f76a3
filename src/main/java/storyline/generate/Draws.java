package storyline.generate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Random;
import storyline.incident.Incident;
import storyline.incident.IncidentType;
import storyline.incident.IncidentValues;
import storyline.incident.Verification;

/** The small pieces of drawing and arithmetic the generator's makers share. */
final class Draws {
  /** What every generated revision says as its editor's note. */
  static final String NOTE = "Generated for benchmarks.";

  /** The first day a generated story may start. */
  static final LocalDate EARLIEST = LocalDate.of(2019, 1, 1);

  private Draws() {}

  static Incident row(
      IncidentType type,
      long id,
      IncidentValues v,
      int version,
      Instant updated,
      Instant archived) {
    return new Incident(
        id,
        v.storyId(),
        v.slug(),
        v.title(),
        type,
        v.occurredOn(),
        v.precision(),
        v.placeId(),
        v.summary(),
        v.verification(),
        v.endsOn(),
        v.violatesId(),
        version,
        updated,
        updated,
        archived,
        updated,
        v.occurredMinute(),
        v.timeZone());
  }

  /** A sentence of detail for a generated summary. */
  static String detail(Random random) {
    return Vocabulary.DETAILS.get(random.nextInt(Vocabulary.DETAILS.size()));
  }

  /** The incident as withdrawing it at {@code at} leaves it. */
  static Incident withdrawn(Incident i, Instant at) {
    return row(i.type(), i.id(), values(i, i.verification()), i.version() + 1, at, at);
  }

  static IncidentValues values(Incident i, Verification verification) {
    return new IncidentValues(
        i.storyId(),
        i.slug(),
        i.title(),
        i.type().code(),
        i.occurredOn(),
        i.precision(),
        i.placeId(),
        i.summary(),
        verification,
        i.endsOn(),
        i.violatesId(),
        i.occurredMinute(),
        i.timeZone());
  }

  static List<Long> concat(Collection<Long> ids, long more) {
    List<Long> all = new ArrayList<>(ids);
    all.add(more);
    return all;
  }

  static Instant start() {
    return EARLIEST.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  static Instant at(LocalDate date) {
    return date.atTime(9, 0).toInstant(ZoneOffset.UTC);
  }

  static double round(double degrees) {
    return Math.round(degrees * 10_000) / 10_000.0;
  }

  /** One of the values, chosen with the given weights. */
  static <T> T weighted(Random random, T[] values, int... weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int roll = random.nextInt(total);
    for (int i = 0; i < values.length; i++) {
      roll -= weights[i];
      if (roll < 0) {
        return values[i];
      }
    }
    return values[values.length - 1];
  }

  /** {@code count} different values drawn from {@code from}. */
  static List<Long> sample(Random random, List<Long> from, int count) {
    List<Long> pool = new ArrayList<>(from);
    List<Long> picked = new ArrayList<>();
    for (int i = 0; i < count && !pool.isEmpty(); i++) {
      picked.add(pool.remove(random.nextInt(pool.size())));
    }
    return picked;
  }
}
