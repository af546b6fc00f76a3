package storyline.admin;

import java.util.List;
import storyline.story.Story;

/** The dashboard, as {@code admin/dashboard.html} reads it: recent changes and drafts. */
public record DashboardPage(List<RecentChange> changes, List<Story> drafts) {}
