package storyline.quote;

import java.time.Instant;
import java.time.LocalDate;

/** A row of the quotes table: words an actor said, in a story and perhaps about an incident. */
public record Quote(
    long id,
    long actorId,
    long storyId,
    Long incidentId,
    String text,
    LocalDate saidOn,
    String context,
    int version,
    Instant createdAt,
    Instant updatedAt,
    Instant archivedAt) {}
