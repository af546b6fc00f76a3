package storyline.incident;

import java.util.List;

/** A claim as its history keeps it: the row and the sources it cites. */
public record ClaimSnapshot(Claim claim, List<Long> sourceIds) {}
