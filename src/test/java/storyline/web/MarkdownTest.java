package storyline.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarkdownTest {
  private final Markdown markdown = new Markdown();

  @Test
  void rendersMarkdown() {
    String html = markdown.toSafeHtml("## Title\n\n- *one*\n- [two](https://example.org)");
    assertTrue(html.contains("<h2>Title</h2>"));
    assertTrue(html.contains("<em>one</em>"));
    assertTrue(html.contains("href=\"https://example.org\">two</a>"));
  }

  @Test
  void escapesRawHtmlAndDropsScriptLinks() {
    String html =
        markdown.toSafeHtml("<img src=x onerror=alert(1)>\n\n[x](javascript:alert(1)) <b>b</b>");
    assertFalse(html.contains("<img"));
    assertFalse(html.contains("<b>"));
    assertFalse(html.contains("javascript:"));
    assertTrue(html.contains("&lt;img"));
  }
}
