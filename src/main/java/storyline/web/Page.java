package storyline.web;

import java.util.List;

/**
 * What the layout needs to know about a page: its title and description, where it canonically
 * lives, what it is for Open Graph, its JSON-LD, and the feeds that fit it.
 *
 * @param path the canonical path, starting with a slash, with any query string
 * @param jsonLd script-safe JSON (see {@link JsonLd}), or null for none
 */
public record Page(
    String title,
    String description,
    String path,
    String ogType,
    String jsonLd,
    List<FeedLink> feeds,
    String section) {

  /** A feed a page offers to subscribers and feed readers. */
  public record FeedLink(String title, String rssPath, String atomPath) {}

  /** The text of the title element: the page's title, then the site's name. */
  public String documentTitle() {
    return title.equals("Storyline") ? title : title + " · Storyline";
  }

  public static Page of(String title, String description, String path, String section) {
    return new Page(title, description, path, "website", null, List.of(), section);
  }

  public Page withJsonLd(String ogType, String json) {
    return new Page(title, description, path, ogType, json, feeds, section);
  }

  public Page withFeeds(List<FeedLink> newFeeds) {
    return new Page(title, description, path, ogType, jsonLd, newFeeds, section);
  }
}
