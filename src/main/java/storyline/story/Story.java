package storyline.story;

import java.time.Instant;

/** A row of the stories table: one developing news story. */
public record Story(
    long id,
    String slug,
    String title,
    String summary,
    String body,
    StoryStatus status,
    Instant publishedAt,
    int version,
    Instant createdAt,
    Instant updatedAt,
    Instant archivedAt) {

  public boolean isPublic() {
    return status == StoryStatus.PUBLISHED && archivedAt == null;
  }
}
