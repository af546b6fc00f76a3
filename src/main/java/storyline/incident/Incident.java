package storyline.incident;

import java.time.Instant;
import java.time.LocalDate;

/** A row of the incidents table: one event of a story, at one place on one date. */
public record Incident(
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
    int version,
    Instant createdAt,
    Instant updatedAt,
    Instant archivedAt,
    Instant publishedAt,
    int occurredMinute,
    String timeZone) {

  /** Whether it has been published: readers see it while it is not archived. */
  public boolean published() {
    return publishedAt != null;
  }
}
