package storyline.story;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import storyline.incident.ClaimData;
import storyline.incident.ClaimItem;
import storyline.source.Citation;
import storyline.source.SourceDao;
import storyline.web.Site;

/** The story and the site as schema.org data, for search engines and link previews. */
final class StoryArticle {
  private final Site site;
  private final SourceDao sources;

  StoryArticle(Site site, SourceDao sources) {
    this.site = site;
    this.sources = sources;
  }

  /** The site as a schema.org WebSite, with its search, for the home page. */
  Map<String, Object> website() {
    Map<String, Object> search = new LinkedHashMap<>();
    search.put("@type", "SearchAction");
    search.put("target", site.url("/search?q={query}"));
    search.put("query-input", "required name=query");
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("@context", "https://schema.org");
    data.put("@type", "WebSite");
    data.put("name", site.name());
    data.put("url", site.url("/"));
    data.put("publisher", site.publisher());
    data.put("potentialAction", search);
    return data;
  }

  /** The story as a schema.org NewsArticle, with each of its claims as a Claim. */
  Map<String, Object> structuredData(
      Story story, Instant lastUpdated, String path, Map<Long, List<ClaimItem>> claims) {
    List<Object> graph = new ArrayList<>();
    graph.add(newsArticle(story, lastUpdated, path));
    graph.addAll(
        ClaimData.of(
            claims.values().stream()
                .flatMap(List::stream)
                .sorted(Comparator.comparingLong(ClaimItem::id))
                .toList(),
            (claims.isEmpty()
                    ? List.<Citation>of()
                    : sources.claimCitationsForIncidents(List.copyOf(claims.keySet())))
                .stream().collect(Collectors.groupingBy(Citation::citingId)),
            site));
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("@context", "https://schema.org");
    data.put("@graph", graph);
    return data;
  }

  private Map<String, Object> newsArticle(Story story, Instant lastUpdated, String path) {
    Map<String, Object> article = new LinkedHashMap<>();
    article.put("@type", "NewsArticle");
    article.put("headline", story.title());
    article.put("description", story.summary());
    article.put("url", site.url(path));
    article.put("mainEntityOfPage", site.url(path));
    if (story.publishedAt() != null) {
      article.put("datePublished", story.publishedAt().toString());
    }
    article.put("dateModified", lastUpdated.toString());
    article.put("publisher", site.publisher());
    article.put("author", site.publisher());
    return article;
  }
}
