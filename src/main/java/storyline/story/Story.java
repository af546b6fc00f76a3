package storyline.story;

import java.time.Instant;
import java.time.LocalDate;

/** A row of the stories table: one news story, developing until it is concluded. */
public record Story(
    long id,
    String slug,
    String title,
    String summary,
    String body,
    StoryStatus status,
    Instant publishedAt,
    LocalDate concludedOn,
    int version,
    Instant createdAt,
    Instant updatedAt,
    Instant archivedAt) {

  public boolean isPublic() {
    return status == StoryStatus.PUBLISHED && archivedAt == null;
  }
}
