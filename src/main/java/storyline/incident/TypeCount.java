package storyline.incident;

/** How many public incidents of one type a story has. */
public record TypeCount(IncidentType type, int count) {}
