package storyline.incident;

import java.util.List;

/**
 * An incident as its history keeps it: the row, its cast, the sources it cites and its claims, all
 * of which its form edits, so that restoring a version restores them together.
 */
public record IncidentSnapshot(
    Incident incident, List<ActorPart> actors, List<Long> sourceIds, List<ClaimSnapshot> claims) {}
