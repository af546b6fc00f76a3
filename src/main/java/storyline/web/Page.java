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
    String section,
    String image) {

  /** A feed a page offers to subscribers and feed readers. */
  public record FeedLink(String title, String rssPath, String atomPath) {

    /** The feeds at {@code base}/feed.xml and {@code base}/feed.atom, with a query if any. */
    public static FeedLink at(String title, String base, String query) {
      String suffix = query == null || query.isEmpty() ? "" : "?" + query;
      return new FeedLink(title, base + "/feed.xml" + suffix, base + "/feed.atom" + suffix);
    }

    /** The whole site's feed. */
    public static FeedLink site() {
      return at("Every story on Storyline", "", null);
    }
  }

  /** The text of the title element: the page's title, then the site's name. */
  public String documentTitle() {
    return title.equals("Storyline") ? title : title + " · Storyline";
  }

  public static Page of(String title, String description, String path, String section) {
    return new Page(title, description, path, "website", null, List.of(), section, null);
  }

  public Page withJsonLd(String ogType, String json) {
    return new Page(title, description, path, ogType, json, feeds, section, image);
  }

  public Page withFeeds(FeedLink... newFeeds) {
    return new Page(title, description, path, ogType, jsonLd, List.of(newFeeds), section, image);
  }

  /** The picture social sites show for the page, by its path on this site. */
  public Page withImage(String imagePath) {
    return new Page(title, description, path, ogType, jsonLd, feeds, section, imagePath);
  }
}
