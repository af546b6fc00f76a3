package storyline.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Renders parts of pages, such as a story's map or its list of days, once per distinct content:
 * each part is kept under a digest of exactly what it is given, so after a save only the parts that
 * show what changed render again, and a page whose cached copy the save made stale is put together
 * again mostly from kept parts. What a part is given must print its whole content in its {@code
 * toString}, as records, lists and strings do.
 */
public final class Parts {
  private final Templates templates;
  private final Cache<String, String> kept;

  /**
   * @param megabytes how much the kept parts may take; 0 keeps none
   */
  public Parts(Templates templates, int megabytes) {
    this.templates = templates;
    this.kept =
        megabytes <= 0
            ? null
            : Caffeine.newBuilder()
                .maximumWeight(megabytes * 1024L * 1024L)
                .weigher((String key, String html) -> html.length() * 2 + key.length() * 2 + 64)
                .build();
  }

  /** The HTML of the fragment, rendered with these variables, or kept from a render of them. */
  public String render(String template, String fragment, Map<String, ?> variables) {
    if (kept == null) {
      return templates.renderFragment(template, fragment, variables);
    }
    String key =
        template
            + "::"
            + fragment
            + "#"
            + Digest.hex(variables.toString().getBytes(StandardCharsets.UTF_8), 16);
    return kept.get(key, k -> templates.renderFragment(template, fragment, variables));
  }
}
