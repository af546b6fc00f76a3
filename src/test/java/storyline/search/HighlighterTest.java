package storyline.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HighlighterTest {
  @Test
  void segmentsMarkEveryOccurrenceIgnoringCaseAndAccents() {
    List<Highlighter.Segment> segments =
        Highlighter.segments("António Guterres met antonio", List.of("antonio"));
    assertEquals(
        List.of(
            new Highlighter.Segment("António", true),
            new Highlighter.Segment(" Guterres met ", false),
            new Highlighter.Segment("antonio", true)),
        segments);
  }

  @Test
  void segmentsJoinBackIntoTheOriginalText() {
    String text = "Drone strikes 🚀 on Kharkiv, Харків and كييف";
    String joined =
        Highlighter.segments(text, List.of("kharkiv", "харків")).stream()
            .map(Highlighter.Segment::text)
            .reduce("", String::concat);
    assertEquals(text, joined);
  }

  @Test
  void excerptCentresOnTheFirstMatch() {
    String text = "word ".repeat(100) + "needle " + "word ".repeat(100);
    String excerpt = Highlighter.excerpt(text, List.of("needle"), 80);
    assertTrue(excerpt.contains("needle"));
    assertTrue(excerpt.startsWith("…") && excerpt.endsWith("…"));
    assertTrue(excerpt.length() <= 84, excerpt);
  }
}
