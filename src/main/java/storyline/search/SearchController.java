package storyline.search;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import storyline.web.Format;
import storyline.web.Page;
import storyline.web.PageFields;
import storyline.web.Params;

/** Site search across stories, actors, places and incidents. */
public final class SearchController {
  static final int MAX_QUERY = 200;
  static final int PER_GROUP = 20;
  private static final int EXCERPT = 220;

  private final SearchDao search;
  private final Format format = new Format();

  public SearchController(SearchDao search) {
    this.search = search;
  }

  public void search(Context ctx) {
    String query = Params.text(ctx, "q", MAX_QUERY).orElse("");
    List<String> marked = Highlighter.words(query);
    List<String> words = Terms.words(query).stream().limit(Highlighter.MAX_WORDS).toList();
    List<SearchPage.Group> groups = new ArrayList<>();
    if (!words.isEmpty()) {
      addGroup(
          groups,
          "Stories",
          "stories",
          search.stories(words, PER_GROUP).stream()
              .map(s -> hit("/stories/" + s.slug(), s.title(), s.summary(), "Story", marked))
              .toList());
      addGroup(
          groups,
          "Actors",
          "actors",
          search.actors(words, PER_GROUP).stream()
              .map(a -> hit("/actors/" + a.slug(), a.name(), a.role(), a.kind().label(), marked))
              .toList());
      addGroup(
          groups,
          "Places",
          "places",
          search.places(words, PER_GROUP).stream()
              .map(p -> hit("/places/" + p.slug(), p.name(), p.country(), "Place", marked))
              .toList());
      addGroup(
          groups,
          "Incidents",
          "incidents",
          search.incidents(words, PER_GROUP).stream()
              .map(
                  i ->
                      hit(
                          "/incidents/" + i.slug(),
                          i.title(),
                          i.summary(),
                          i.precision().describe(i.occurredOn(), format) + " · " + i.type().label(),
                          marked))
              .toList());
    }
    int total = groups.stream().mapToInt(g -> g.hits().size()).sum();
    SearchPage page =
        new SearchPage(
            query,
            marked,
            groups,
            total,
            Page.of(
                    query.isEmpty() ? "Search" : "Search: " + query,
                    "Search Storyline's stories, actors, places and incidents.",
                    "/search",
                    "search")
                .withFeeds(Page.FeedLink.site()));
    ctx.render("search/results", PageFields.of(page));
  }

  /** A result in the order the index ranked it, its words marked. */
  private static SearchPage.Hit hit(
      String url, String title, String text, String detail, List<String> words) {
    return new SearchPage.Hit(
        url,
        Highlighter.segments(title, words),
        Highlighter.segments(Highlighter.excerpt(text, words, EXCERPT), words),
        detail);
  }

  private static void addGroup(
      List<SearchPage.Group> groups, String heading, String id, List<SearchPage.Hit> hits) {
    if (!hits.isEmpty()) {
      groups.add(new SearchPage.Group(heading, id, hits));
    }
  }
}
