package storyline.admin;

import java.time.Instant;

/**
 * What the admin shows of any entry in lists and headings, whatever its kind.
 *
 * @param publicPath where readers see it, or null when it has no public page
 * @param storyId the story it belongs to, for the change log; null for shared entries
 */
public record Entry(
    long id,
    int version,
    String title,
    String detail,
    boolean archived,
    String publicPath,
    Long storyId,
    Instant updatedAt) {}
