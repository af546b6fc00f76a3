package storyline.revision;

import java.time.Instant;

/** One entry of a public change log: what changed, when, and the editor's note. */
public record PublicChange(
    long id,
    EntityType entityType,
    long entityId,
    long storyId,
    int version,
    Instant at,
    RevisionAction action,
    ChangeKind kind,
    String headline,
    String note,
    Long incidentId,
    String incidentSlug) {

  /** Where readers see what changed: the incident's page, or the story's. */
  public String path(String storySlug) {
    return incidentSlug != null ? "/incidents/" + incidentSlug : "/stories/" + storySlug;
  }
}
