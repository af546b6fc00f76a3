package storyline.place;

import java.time.Instant;

/** A row of the places table: a named point where incidents happen. */
public record Place(
    long id,
    String slug,
    String name,
    String country,
    double latitude,
    double longitude,
    PlacePrecision precision,
    int version,
    Instant createdAt,
    Instant updatedAt,
    Instant archivedAt) {}
