package storyline.place;

import java.util.List;
import storyline.incident.IncidentItem;
import storyline.picture.MapView;
import storyline.web.Page;

/**
 * Everything a place's page shows, as {@code place/show.html} reads it.
 *
 * @param incidents the newest incidents there, at most {@code onPage}
 * @param cards their cards' HTML, in the same order
 */
public record PlacePage(
    Place place,
    List<IncidentItem> incidents,
    List<String> cards,
    int onPage,
    MapView map,
    Page page) {}
