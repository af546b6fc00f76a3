package storyline.feed;

import java.time.Instant;
import storyline.revision.ChangeKind;
import storyline.revision.EntityType;

/** One public change as a feed carries it: a revision of a published story's content. */
public record FeedEntry(
    long id,
    EntityType entityType,
    long entityId,
    Instant at,
    ChangeKind kind,
    String headline,
    String note,
    Long incidentId,
    String incidentSlug,
    long storyId,
    String storySlug,
    String storyTitle) {

  /** The page the entry is about: its incident's, or else its story's. */
  public String path() {
    return incidentSlug != null ? "/incidents/" + incidentSlug : "/stories/" + storySlug;
  }
}
