package storyline.incident;

/**
 * How many incidents match a filter: exactly, or "more than" {@link IncidentQuery#EXACT_UP_TO}.
 *
 * @param value the number, or {@link IncidentQuery#EXACT_UP_TO} when there are more
 * @param more whether more than that match
 */
public record MatchCount(int value, boolean more) {
  /** The count of a read that stopped after {@link IncidentQuery#EXACT_UP_TO} + 1 matches. */
  static MatchCount of(int counted) {
    return counted > IncidentQuery.EXACT_UP_TO
        ? new MatchCount(IncidentQuery.EXACT_UP_TO, true)
        : new MatchCount(counted, false);
  }
}
