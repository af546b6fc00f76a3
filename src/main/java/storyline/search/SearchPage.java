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
    String searchQuery,
    List<String> words,
    List<SearchController.Group> groups,
    int total,
    Page page) {}
