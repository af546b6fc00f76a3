package storyline.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import storyline.support.TestApp;

class SearchPageTest {
  @RegisterExtension static final TestApp APP = TestApp.shared();

  @Test
  void resultsAreGroupedByKindWithTitleMatchesFirst() {
    Document results = APP.page("/search?q=putin");
    assertEquals(
        List.of("Stories", "Actors", "Incidents"), results.select("main section h2").eachText());
    assertEquals(
        "/actors/vladimir-putin", results.selectFirst("#results-actors + ol a").attr("href"));
  }

  @Test
  void incidentsWithTheWordInTheirTitleComeBeforeThoseWithItOnlyInTheText() {
    List<String> incidents =
        APP.page("/search?q=energy").select("#results-incidents + ol h3 a").eachAttr("href");
    assertEquals(5, incidents.size(), incidents.toString());
    assertEquals("/incidents/trump-putin-call", incidents.get(4), "mentions energy only in text");
    assertTrue(incidents.contains("/incidents/energy-infrastructure-truce"));
  }

  @Test
  void everyWordCountsSoResultsMatchingMoreWordsComeFirst() {
    Document results = APP.page("/search?q=drone+dnipro");
    List<String> incidents = results.select("#results-incidents + ol h3 a").eachAttr("href");
    assertEquals("/incidents/dnipro-substation-drone-strikes", incidents.get(0));
    assertTrue(incidents.contains("/incidents/kharkiv-substation-drone-strikes"));
  }

  @Test
  void matchedWordsAreHighlighted() {
    Document results = APP.page("/search?q=scavino");
    assertEquals("Scavino", results.selectFirst("#results-actors + ol h3 mark").text());
  }

  @Test
  void searchIgnoresCaseAndAccents() {
    Document results = APP.page("/search?q=ANTONIO+guterres");
    assertEquals(
        "/actors/antonio-guterres", results.selectFirst("#results-actors + ol a").attr("href"));
    assertEquals("António", results.selectFirst("#results-actors + ol h3 mark").text());
  }

  @Test
  void placesAreSearchedToo() {
    Document results = APP.page("/search?q=avdiivka");
    assertEquals("/places/avdiivka", results.selectFirst("#results-places + ol a").attr("href"));
  }

  @Test
  void emptyAndUnmatchedSearchesSaySo() {
    assertTrue(APP.page("/search").select("main section").isEmpty());
    assertTrue(APP.page("/search?q=zzzzqqq").text().contains("Nothing matches"));
  }

  @Test
  void searchTextIsShownEscapedAndLikeWildcardsAreLiteral() {
    Document results = APP.page("/search?q=%3Cscript%3E+100%25");
    assertTrue(results.select("main script").isEmpty());
    assertEquals("<script> 100%", results.selectFirst("#search-q").val());
    assertTrue(results.text().contains("Nothing matches"), "% must not match everything");
  }

  @Test
  void overlongQueryIs400NamingTheParameter() {
    var response = APP.get("/search?q=" + "a".repeat(201));
    assertEquals(400, response.statusCode());
    assertTrue(Jsoup.parse(response.body()).text().contains("“q”"));
  }
}
