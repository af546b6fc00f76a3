package storyline.story;

import java.time.Instant;
import java.util.List;
import storyline.incident.ClaimSides;
import storyline.incident.IncidentItem;
import storyline.incident.TypeCount;
import storyline.revision.PublicChange;
import storyline.web.Page;

/**
 * Everything the story page shows, as {@code story/show.html} reads it.
 *
 * @param shownCount how many of the newest incidents are listed (the list of incidents has all)
 * @param picturedAll whether the timeline draws every incident, or only the newest {@code
 *     onTimeline}
 * @param countedAll whether the counts at a glance and of who is involved count every incident, or
 *     only the newest 1,000 (a story's counts are not worked out over all its incidents)
 * @param parts the page's larger parts, already rendered (see {@link storyline.web.Parts})
 */
public record StoryPage(
    Story story,
    Instant lastUpdated,
    List<TypeCount> typeCounts,
    int incidentCount,
    int shownCount,
    List<DayCards> days,
    boolean picturedAll,
    boolean countedAll,
    int onTimeline,
    List<Contested> contested,
    int contestedCount,
    Parts parts,
    List<PublicChange> changes,
    Page page) {

  /** One day of the story's newest incidents, with their cards' HTML. */
  public record DayCards(String iso, String label, List<String> cards) {}

  /** A contested incident with the claims of each side. */
  public record Contested(IncidentItem incident, List<ClaimSides.Side> sides) {}

  /** The rendered HTML of the map, the timeline, the contested incidents and the aside. */
  public record Parts(String map, String timeline, String contested, String aside) {}
}
