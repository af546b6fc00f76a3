package storyline.incident;

import java.util.List;
import java.util.Map;
import storyline.quote.QuoteItem;
import storyline.revision.PublicChange;
import storyline.source.Citation;
import storyline.source.Source;
import storyline.web.Page;

/**
 * Everything an incident's page shows, as {@code incident/show.html} reads it.
 *
 * @param sides the current claims, grouped by the side making them
 * @param citations the sources each claim cites, by the claim's id
 * @param sources the sources the incident itself cites
 * @param violates the agreement this incident is said to break, or null
 * @param violations the incidents said to break this one, when it is an agreement
 */
public record IncidentPage(
    IncidentItem incident,
    List<Involvement> cast,
    List<ClaimSides.Side> sides,
    int claimCount,
    Map<Long, List<Citation>> citations,
    List<Source> sources,
    Corroboration corroboration,
    List<QuoteItem> quotes,
    IncidentItem violates,
    List<IncidentItem> violations,
    List<PublicChange> changes,
    Page page) {}
