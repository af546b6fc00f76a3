package storyline.incident;

import java.time.Instant;
import java.time.LocalDate;
import storyline.web.Format;

/** A public incident with its story and place, as every list and page shows it. */
public record IncidentItem(
    long id,
    long storyId,
    String slug,
    String title,
    IncidentType type,
    LocalDate occurredOn,
    DatePrecision precision,
    Long placeId,
    String summary,
    Verification verification,
    LocalDate endsOn,
    Long violatesId,
    Instant createdAt,
    Instant updatedAt,
    String storySlug,
    String storyTitle,
    String placeSlug,
    String placeName,
    String placeCountry,
    Double latitude,
    Double longitude,
    boolean contested,
    int occurredMinute,
    String timeZone) {

  private static final Format FORMAT = new Format();

  public boolean hasPlace() {
    return placeSlug != null;
  }

  /** The date, and the time where it is known, as machines read it, for a {@code time} element. */
  public String dateIso() {
    return TimeOfDay.of(occurredMinute, timeZone).iso(occurredOn, FORMAT);
  }

  /** The date as readers read it, as precise as it is known, with the time of day if known. */
  public String dateLabel() {
    return precision.describe(occurredOn, FORMAT)
        + TimeOfDay.of(occurredMinute, timeZone).label(", ", occurredOn);
  }
}
