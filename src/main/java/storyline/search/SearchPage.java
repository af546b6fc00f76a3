package storyline.search;

import java.util.List;
import storyline.web.Page;

/**
 * The search results, as {@code search/results.html} reads it.
 *
 * @param words the words to mark in the results
 * @param total how many results the groups hold between them
 */
public record SearchPage(
    String searchQuery, List<String> words, List<Group> groups, int total, Page page) {

  /** One search result, with its title and excerpt cut into matched and plain pieces. */
  public record Hit(
      String url,
      List<Highlighter.Segment> title,
      List<Highlighter.Segment> excerpt,
      String detail) {}

  /** The results of one kind: stories, actors, places or incidents. */
  public record Group(String heading, String id, List<Hit> hits) {}
}
