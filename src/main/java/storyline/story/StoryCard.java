package storyline.story;

import java.time.Instant;
import java.time.LocalDate;

/** A published story as the home page lists it. */
public record StoryCard(
    long id,
    String slug,
    String title,
    String summary,
    Instant lastUpdatedAt,
    int incidentCount,
    LocalDate concludedOn) {}
