package storyline.quote;

import java.time.Instant;
import java.time.LocalDate;

/** A public quote with who said it and where it belongs. */
public record QuoteItem(
    long id,
    long storyId,
    String storySlug,
    String storyTitle,
    Long incidentId,
    String incidentSlug,
    String incidentTitle,
    long actorId,
    String actorSlug,
    String actorName,
    String actorPosition,
    String text,
    LocalDate saidOn,
    String context,
    Instant createdAt,
    Instant updatedAt,
    String sourceTitle,
    String sourceUrl,
    int sourceCount) {}
