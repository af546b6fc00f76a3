package storyline.story;

import java.time.LocalDate;
import java.util.List;
import storyline.revision.PublicChange;
import storyline.web.Page;

/**
 * A story's change log, as {@code story/changes.html} reads it.
 *
 * @param since the day the log starts, or null for all of it
 */
public record StoryChangesPage(
    Story story, LocalDate since, List<PublicChange> changes, Page page) {}
