package storyline.incident;

import java.util.List;
import storyline.web.Page;

/**
 * One page of the incident list, as {@code incident/list.html} reads it.
 *
 * @param cards the cards' HTML of the page's incidents, in order
 * @param active the filters in force, each with the address of the list without it
 * @param pictured how many of the newest matches the map and the chart draw
 * @param partial whether there are more matches than the map and the chart draw
 * @param firstUrl the first page's address, or null when this is the first page
 */
public record IncidentListPage(
    IncidentFilter filter,
    IncidentQuery.Result result,
    List<String> cards,
    List<ResolvedFilter.ActiveFilter> active,
    int pictured,
    boolean partial,
    Parts parts,
    String nextUrl,
    String previousUrl,
    String firstUrl,
    Page page) {

  /** The rendered HTML of the filter form, the chart and the map. */
  public record Parts(String filters, String chart, String map) {}
}
