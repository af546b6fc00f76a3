package storyline.incident;

import java.time.LocalDate;

/** An incident's own fields, as they are written to its row on insert and on update. */
public record IncidentValues(
    long storyId,
    String slug,
    String title,
    String type,
    LocalDate occurredOn,
    DatePrecision precision,
    Long placeId,
    String summary,
    Verification verification,
    LocalDate endsOn,
    Long violatesId,
    int occurredMinute,
    String timeZone) {}
