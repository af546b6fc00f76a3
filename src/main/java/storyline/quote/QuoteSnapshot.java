package storyline.quote;

import java.util.List;

/** A quote as its history keeps it: the row and the sources it cites. */
public record QuoteSnapshot(Quote quote, List<Long> sourceIds) {}
