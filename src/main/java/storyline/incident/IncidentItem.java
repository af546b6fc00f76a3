package storyline.incident;

import java.time.Instant;
import java.time.LocalDate;

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
    boolean contested) {

  public boolean hasPlace() {
    return placeSlug != null;
  }
}
