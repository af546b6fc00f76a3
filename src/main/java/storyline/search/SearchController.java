package storyline.search;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import storyline.web.Format;
import storyline.web.Page;
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

  /** One search result, with its title and excerpt cut into matched and plain pieces. */
  public record Hit(
      String url,
      List<Highlighter.Segment> title,
      List<Highlighter.Segment> excerpt,
      String detail,
      int wordsMatched,
      int score) {}

  /** The results of one kind: stories, actors, places or incidents. */
  public record Group(String heading, String id, List<Hit> hits) {}

  public void search(Context ctx) {
    String query = Params.text(ctx, "q", MAX_QUERY).orElse("");
    List<String> words = Highlighter.words(query);
    List<Group> groups = new ArrayList<>();
    if (!words.isEmpty()) {
      addGroup(
          groups,
          "Stories",
          "stories",
          search.stories(words).stream()
              .map(
                  s ->
                      hit(
                          "/stories/" + s.slug(),
                          s.title(),
                          s.summary(),
                          "Story",
                          words,
                          s.summary(),
                          s.body()))
              .toList());
      addGroup(
          groups,
          "Actors",
          "actors",
          search.actors(words).stream()
              .map(
                  a ->
                      hit(
                          "/actors/" + a.slug(),
                          a.name(),
                          a.role(),
                          a.kind().label(),
                          words,
                          a.role(),
                          a.description(),
                          a.slug()))
              .toList());
      addGroup(
          groups,
          "Places",
          "places",
          search.places(words).stream()
              .map(
                  p ->
                      hit(
                          "/places/" + p.slug(),
                          p.name(),
                          p.country(),
                          "Place",
                          words,
                          p.country(),
                          p.slug()))
              .toList());
      addGroup(
          groups,
          "Incidents",
          "incidents",
          search.incidents(words).stream()
              .map(
                  i ->
                      hit(
                          "/incidents/" + i.slug(),
                          i.title(),
                          i.summary(),
                          format.dated(i.occurredOn(), i.precision()) + " · " + i.type().label(),
                          words,
                          i.summary(),
                          i.placeName(),
                          i.slug()))
              .toList());
    }
    int total = groups.stream().mapToInt(g -> g.hits().size()).sum();
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("searchQuery", query);
    model.put("words", words);
    model.put("groups", groups);
    model.put("total", total);
    model.put(
        "page",
        Page.of(
                query.isEmpty() ? "Search" : "Search: " + query,
                "Search Storyline's stories, actors, places and incidents.",
                "/search",
                "search")
            .withFeeds(Page.FeedLink.site()));
    ctx.render("search/results", model);
  }

  /**
   * Scores a candidate: a word found in the title counts three, found elsewhere one. Results that
   * match more of the words come first, then the higher scores.
   */
  private static Hit hit(
      String url, String title, String text, String detail, List<String> words, String... others) {
    int matched = 0;
    int score = 0;
    for (String word : words) {
      boolean inTitle = Highlighter.contains(title, word);
      boolean elsewhere =
          Arrays.stream(others).anyMatch(other -> Highlighter.contains(other, word));
      matched += inTitle || elsewhere ? 1 : 0;
      score += (inTitle ? 3 : 0) + (elsewhere ? 1 : 0);
    }
    return new Hit(
        url,
        Highlighter.segments(title, words),
        Highlighter.segments(Highlighter.excerpt(text, words, EXCERPT), words),
        detail,
        matched,
        score);
  }

  private static void addGroup(List<Group> groups, String heading, String id, List<Hit> hits) {
    List<Hit> ranked =
        hits.stream()
            .filter(h -> h.wordsMatched() > 0)
            .sorted(
                Comparator.comparingInt(Hit::wordsMatched).thenComparingInt(Hit::score).reversed())
            .limit(PER_GROUP)
            .toList();
    if (!ranked.isEmpty()) {
      groups.add(new Group(heading, id, ranked));
    }
  }
}
