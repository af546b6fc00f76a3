package storyline.actor;

import java.time.Instant;

/** A row of the actors table: a person, organization or state involved in a story. */
public record Actor(
    long id,
    String slug,
    String name,
    ActorKind kind,
    String role,
    Long affiliationId,
    String description,
    int version,
    Instant createdAt,
    Instant updatedAt,
    Instant archivedAt) {}
