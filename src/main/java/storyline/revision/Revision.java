package storyline.revision;

import java.time.Instant;

/** A row of the revisions table: one saved version of one entry, with who and why. */
public record Revision(
    long id,
    EntityType entityType,
    long entityId,
    int version,
    Long editorId,
    Instant at,
    RevisionAction action,
    ChangeKind kind,
    String headline,
    Long storyId,
    String snapshot,
    String note) {}
