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
    SearchText words = SearchText.parse(query);
    List<String> marked = words.sought();
    List<SearchPage.Group> groups = new ArrayList<>();
    if (!words.isEmpty()) {
      addGroup(
          groups,
          "Stories",
          "stories",
          search.stories(words, PER_GROUP).stream()
              .map(
                  f ->
                      hit(
                          f,
                          "/stories/" + f.row().slug(),
                          f.row().title(),
                          f.row().summary(),
                          "Story",
                          marked))
              .toList());
      addGroup(
          groups,
          "Actors",
          "actors",
          search.actors(words, PER_GROUP).stream()
              .map(
                  f ->
                      hit(
                          f,
                          "/actors/" + f.row().slug(),
                          f.row().name(),
                          f.row().role(),
                          f.row().kind().label(),
                          marked))
              .toList());
      addGroup(
          groups,
          "Places",
          "places",
          search.places(words, PER_GROUP).stream()
              .map(
                  f ->
                      hit(
                          f,
                          "/places/" + f.row().slug(),
                          f.row().name(),
                          f.row().country(),
                          "Place",
                          marked))
              .toList());
      addGroup(
          groups,
          "Incidents",
          "incidents",
          search.incidents(words, PER_GROUP).stream()
              .map(
                  f ->
                      hit(
                          f,
                          "/incidents/" + f.row().slug(),
                          f.row().title(),
                          f.row().summary(),
                          f.row().precision().describe(f.row().occurredOn(), format)
                              + " · "
                              + f.row().type().label(),
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

  /**
   * A result in the order the index ranked it, its words marked: by the database where it marked
   * them (PostgreSQL's headlines, word forms included), else here.
   */
  private static SearchPage.Hit hit(
      SearchDao.Found<?> found,
      String url,
      String title,
      String text,
      String detail,
      List<String> words) {
    return new SearchPage.Hit(
        url,
        found.title() != null
            ? Highlighter.marked(found.title())
            : Highlighter.segments(title, words),
        found.excerpt() != null
            ? Highlighter.marked(found.excerpt())
            : Highlighter.segments(Highlighter.excerpt(text, words, EXCERPT), words),
        detail);
  }

  private static void addGroup(
      List<SearchPage.Group> groups, String heading, String id, List<SearchPage.Hit> hits) {
    if (!hits.isEmpty()) {
      groups.add(new SearchPage.Group(heading, id, hits));
    }
  }
}
