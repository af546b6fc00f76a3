package storyline.place;

import java.util.List;
import java.util.Map;
import storyline.web.Page;

/** Every public place, grouped by country, as {@code place/list.html} reads it. */
public record PlaceListPage(Map<String, List<Place>> countries, Page page) {}
