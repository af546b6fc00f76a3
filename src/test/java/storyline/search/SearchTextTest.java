package storyline.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A reader's search, read in the syntax of web search engines. */
class SearchTextTest {

  @Test
  void wordsAreAllRequiredFoldedAndWithoutTheCommonestWords() {
    SearchText text = SearchText.parse("Drone strikes on the KYÏV grid");
    assertEquals(1, text.alternatives().size());
    assertEquals(
        List.of("drone", "strikes", "kyiv", "grid"), text.alternatives().get(0).required());
    assertEquals("drone strikes kyiv grid", text.websearch());
  }

  @Test
  void aQuotedPhraseKeepsItsSmallWordsForPostgresqlAndItsWordsForH2() {
    SearchText text = SearchText.parse("\"drone strikes on energy\" -Kharkiv");
    SearchText.Alternative only = text.alternatives().get(0);
    assertEquals(List.of("drone", "strikes", "energy"), only.required());
    assertEquals(List.of("drone strikes on energy"), only.phrases());
    assertEquals(List.of("kharkiv"), only.excluded());
    assertEquals("\"drone strikes on energy\" -kharkiv", text.websearch());
    assertEquals(List.of("drone", "strikes", "energy"), text.sought(), "what pages mark");
    assertEquals(List.of("kharkiv"), text.excludedEverywhere());
  }

  @Test
  void orSeparatesAlternativesAndBindsMoreLooselyThanTheRest() {
    SearchText text = SearchText.parse("kharkiv substation OR dnipro -water");
    assertEquals(2, text.alternatives().size());
    assertEquals(List.of("kharkiv", "substation"), text.alternatives().get(0).required());
    assertEquals(List.of("dnipro"), text.alternatives().get(1).required());
    assertEquals(List.of("water"), text.alternatives().get(1).excluded());
    assertEquals("kharkiv substation or dnipro -water", text.websearch());
    assertEquals("kharkiv or substation or dnipro", text.websearchAnyOf());
    assertEquals(List.of(), text.excludedEverywhere(), "only one alternative excludes water");
  }

  @Test
  void nothingToLookForIsAnEmptySearchAndNoInputIsAnError() {
    for (String nothing : List.of("", "   ", "the of", "-kharkiv", "or", "\"", "- -", "\"\"")) {
      assertTrue(SearchText.parse(nothing).isEmpty(), nothing);
    }
    assertTrue(SearchText.parse(null).isEmpty());
    assertEquals(
        List.of("drone", "strike"),
        SearchText.parse("\"drone strike").alternatives().get(0).required(),
        "an unclosed quote runs to the end");
    assertEquals(
        List.of("well", "known"),
        SearchText.parse("well-known").alternatives().get(0).required(),
        "a hyphen inside a word is not an exclusion");
  }

  @Test
  void atMostEightWordsAreLookedFor() {
    SearchText text = SearchText.parse("one two three four five six seven eight nine ten");
    assertEquals(8, text.sought().size());
  }
}
