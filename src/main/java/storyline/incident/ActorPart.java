package storyline.incident;

/** One line of an incident's cast: which actor, in which role. */
public record ActorPart(long actorId, ActorRole role) {}
