package storyline.web;

/**
 * Marks a page rendered for an editor as a preview of what readers will see once it is published:
 * set as a request attribute, the layout shows it above the page and tells robots to stay away.
 *
 * @param what what is previewed, "story" or "incident"
 * @param editPath the entry's edit form
 */
public record PreviewBanner(String what, String editPath) {
  /** The request attribute that carries it. */
  public static final String ATTRIBUTE = "preview";
}
