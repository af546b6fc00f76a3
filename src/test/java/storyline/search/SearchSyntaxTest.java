package storyline.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import storyline.db.Database;
import storyline.support.TestApp;

/**
 * The incident list's words and the search page read the syntax of web search engines, on either
 * database: "phrases", -exclusions and or. PostgreSQL reads phrases as phrases; H2's index has no
 * word positions, so there a phrase finds its words in any order.
 */
class SearchSyntaxTest {
  @RegisterExtension static final TestApp APP = TestApp.shared();

  private static final String KHARKIV = "/incidents/kharkiv-substation-drone-strikes";
  private static final String DNIPRO = "/incidents/dnipro-substation-drone-strikes";

  @Test
  void aMinusExcludesAWord() {
    List<String> found = listed("substations -kharkiv");
    assertTrue(found.contains(DNIPRO), found.toString());
    assertFalse(found.contains(KHARKIV), found.toString());
    List<String> searched = searched("substation -kharkiv");
    assertTrue(searched.contains(DNIPRO), searched.toString());
    assertFalse(searched.contains(KHARKIV), "the search page drops it too: " + searched);
  }

  @Test
  void orFindsEitherAlternative() {
    List<String> either = listed("kharkiv substation or dnipro hospitals");
    assertTrue(either.contains(KHARKIV), either.toString());
    assertFalse(either.contains(DNIPRO), "dnipro's text does not mention hospitals: " + either);
    List<String> both = listed("kharkiv or dnipro");
    assertTrue(both.containsAll(List.of(KHARKIV, DNIPRO)), both.toString());
    assertTrue(listed("kharkiv dnipro").isEmpty(), "without or, every word is needed");
  }

  @Test
  void aQuotedPhraseFindsItsWordsAndOnPostgresqlOnlyInThatOrder() {
    assertTrue(
        listed("\"drone strikes on energy substations\"").containsAll(List.of(KHARKIV, DNIPRO)));
    boolean postgres =
        APP.jdbi().withHandle(h -> Database.Vendor.of(h) == Database.Vendor.POSTGRESQL);
    List<String> reversed = listed("\"substations energy\"");
    assertEquals(!postgres, reversed.contains(KHARKIV), reversed.toString());
  }

  @Test
  void onlyExclusionsOrSmallWordsFindNothingAndSaySo() {
    assertTrue(listed("-kharkiv").isEmpty());
    assertTrue(APP.page("/incidents?q=" + encode("the of")).text().contains("No incident matches"));
  }

  @Test
  void theWordsSoughtAreMarkedAndTheExcludedAreNot() {
    String marked =
        String.join(
            " ", APP.page("/search?q=" + encode("substations -kharkiv")).select("mark").eachText());
    assertTrue(marked.toLowerCase(java.util.Locale.ROOT).contains("substations"), marked);
    assertFalse(marked.toLowerCase(java.util.Locale.ROOT).contains("kharkiv"), marked);
  }

  @Test
  void onPostgresqlWordFormsAreFoundAndTheDatabaseMarksThem() {
    boolean postgres =
        APP.jdbi().withHandle(h -> Database.Vendor.of(h) == Database.Vendor.POSTGRESQL);
    // "reports" is not in the text, "reported" is: English word forms on PostgreSQL, the plural
    // and singular only on H2.
    org.jsoup.nodes.Document page = APP.page("/search?q=reports");
    List<String> found = page.select("#results-incidents + ol h3 a").eachAttr("href");
    assertEquals(postgres, found.contains(KHARKIV), found.toString());
    if (postgres) {
      assertTrue(page.select("mark").eachText().contains("reported"), page.select("mark").text());
    }
  }

  private static List<String> listed(String q) {
    return APP.page("/incidents?q=" + encode(q)).select(".incident-card h3 a").eachAttr("href");
  }

  private static List<String> searched(String q) {
    return APP.page("/search?q=" + encode(q))
        .select("#results-incidents + ol h3 a")
        .eachAttr("href");
  }

  private static String encode(String q) {
    return URLEncoder.encode(q, StandardCharsets.UTF_8);
  }
}
