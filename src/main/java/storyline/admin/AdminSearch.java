package storyline.admin;

import java.util.Locale;
import storyline.incident.IncidentQuery;

/** The LIKE pattern of an admin list's search box. */
public final class AdminSearch {
  private AdminSearch() {}

  /** "%words%" for the words typed, or "%%" (matching everything) for none. */
  public static String pattern(String query) {
    return "%" + IncidentQuery.likeEscape(query.toLowerCase(Locale.ROOT)) + "%";
  }
}
