package storyline.incident;

import java.util.List;

/** An incident as its history keeps it: the row, its cast and the sources it cites. */
public record IncidentSnapshot(Incident incident, List<ActorPart> actors, List<Long> sourceIds) {}
