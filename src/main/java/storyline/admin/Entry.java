package storyline.admin;

import java.time.Instant;

/**
 * What the admin shows of any entry in lists and headings, whatever its kind.
 *
 * @param publicPath where readers see it, or null when it has no public page
 * @param storyId the story it belongs to, for the change log; null for shared entries
 * @param previewPath where an editor sees it as readers will once it is published, or null
 */
public record Entry(
    long id,
    int version,
    String title,
    String detail,
    boolean archived,
    String publicPath,
    Long storyId,
    Instant updatedAt,
    String previewPath) {

  /** An entry with no preview: readers see it as it is saved. */
  public Entry(
      long id,
      int version,
      String title,
      String detail,
      boolean archived,
      String publicPath,
      Long storyId,
      Instant updatedAt) {
    this(id, version, title, detail, archived, publicPath, storyId, updatedAt, null);
  }
}
