package storyline.web;

import java.util.Map;

/** Where the site lives, for the absolute links in structured data, feeds and sitemaps. */
public record Site(String name, String baseUrl) {

  public String url(String path) {
    return baseUrl + path;
  }

  /** The organization that publishes every page, as schema.org describes it. */
  public Map<String, Object> publisher() {
    return Map.of("@type", "Organization", "name", name, "url", url("/"));
  }
}
