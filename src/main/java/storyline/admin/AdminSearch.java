package storyline.admin;

import java.util.Locale;

/** The LIKE pattern of an admin list's search box. */
public final class AdminSearch {
  private AdminSearch() {}

  /** "%words%" for the words typed, or "%%" (matching everything) for none. */
  public static String pattern(String query) {
    return "%" + likeEscape(query.toLowerCase(Locale.ROOT)) + "%";
  }

  /**
   * Makes %, _ and the escape character in typed words match themselves in a LIKE pattern written
   * with {@code ESCAPE '!'}. (A backslash would do, but Jdbi's parser reads it itself.)
   */
  static String likeEscape(String word) {
    return word.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }
}
