package storyline.incident;

import java.time.Instant;
import java.time.LocalDate;
import storyline.actor.ActorKind;

/**
 * A public claim: what one actor says about one incident, and the side it speaks for (the actor's
 * affiliation, or its affiliation's, or the actor itself).
 */
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
    Instant updatedAt,
    long sideId,
    String sideSlug,
    String sideName) {

  /** Whether the claim is made by the side itself rather than by someone speaking for it. */
  public boolean bySide() {
    return actorId == sideId;
  }
}
