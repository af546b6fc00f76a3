package storyline.incident;

import java.time.Instant;
import java.time.LocalDate;

/** A row of the claims table: what one actor says about one incident. */
public record Claim(
    long id,
    long incidentId,
    long actorId,
    Stance stance,
    String text,
    LocalDate saidOn,
    ClaimStatus status,
    int version,
    Instant createdAt,
    Instant updatedAt,
    Instant archivedAt) {}
