package storyline.incident;

import java.util.List;
import java.util.Map;
import storyline.web.Parts;

/**
 * Incidents as lists show them, each card rendered once per content and kept (see {@link Parts}):
 * after a save, a list renders only the cards of the incidents that changed.
 */
public final class Cards {
  private final Parts parts;

  public Cards(Parts parts) {
    this.parts = parts;
  }

  /**
   * The cards' HTML, in order.
   *
   * @param level the level of each card's heading, 3 or 4
   * @param showStory whether each card names its story
   */
  public List<String> of(List<IncidentItem> incidents, int level, boolean showStory) {
    return incidents.stream()
        .map(
            incident ->
                parts.render(
                    "fragments/incident",
                    "kept",
                    Map.of("incident", incident, "level", level, "showStory", showStory)))
        .toList();
  }
}
