package storyline.incident;

import java.time.Instant;
import java.time.LocalDate;
import storyline.actor.ActorKind;

/** A public claim: what one actor says about one incident. */
public record ClaimItem(
    long id,
    long incidentId,
    long storyId,
    String incidentSlug,
    String incidentTitle,
    long actorId,
    String actorSlug,
    String actorName,
    ActorKind actorKind,
    Stance stance,
    String text,
    LocalDate saidOn,
    ClaimStatus status,
    Instant createdAt,
    Instant updatedAt) {}
