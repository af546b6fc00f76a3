package storyline.source;

/** One source cited by one claim or quote, named by the citing row's id. */
public record Citation(long citingId, long sourceId, String title, SourceKind kind) {}
