package storyline.web;

import java.util.List;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Turns an editor's Markdown into HTML that is safe to put in a page: raw HTML in the source is
 * escaped, not passed through, and link targets other than http, https and mailto are dropped.
 */
public final class Markdown {
  private final Parser parser = Parser.builder().build();
  private final HtmlRenderer renderer =
      HtmlRenderer.builder()
          .escapeHtml(true)
          .sanitizeUrls(true)
          // The library's own list also lets data: through.
          .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto")))
          .build();

  public String toSafeHtml(String markdown) {
    return renderer.render(parser.parse(markdown == null ? "" : markdown));
  }
}
