package storyline.incident;

import storyline.actor.ActorKind;

/** One actor's part in one public incident. */
public record Involvement(
    long incidentId,
    long storyId,
    long actorId,
    String actorSlug,
    String actorName,
    ActorKind actorKind,
    String actorPosition,
    ActorRole role) {}
