package storyline.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import storyline.support.TestApp;

class IncidentPageTest {
  @RegisterExtension static final TestApp APP = TestApp.shared();

  @Test
  void showsWhatWhenWhereAndWhoWithRoles() {
    Document call = APP.page("/incidents/trump-zelenskyy-call");
    String facts = call.selectFirst(".facts-table").text();
    assertTrue(facts.contains("Diplomacy"));
    assertTrue(facts.contains("19 March 2025"));
    assertTrue(facts.contains("Washington, D.C., United States"));
    assertTrue(facts.contains("Confirmed"));
    List<String> cast = call.select("#who-heading + ul li").eachText();
    assertTrue(
        cast.stream().anyMatch(c -> c.startsWith("Volodymyr Zelenskyy — Initiator")),
        cast.toString());
    assertTrue(
        cast.stream().anyMatch(c -> c.startsWith("Dan Scavino — Reporter")), cast.toString());
  }

  @Test
  void approximateDatesSaySo() {
    Document strike = APP.page("/incidents/kharkiv-substation-drone-strikes");
    assertTrue(strike.selectFirst(".facts-table").text().contains("around 19 March 2025"));
    assertTrue(strike.selectFirst(".facts-table").text().contains("exact day is not known"));
  }

  @Test
  void contestedIncidentShowsClaimsSideBySideAndTheAllegedViolation() {
    Document belgorod = APP.page("/incidents/belgorod-fuel-depot-rail-strikes");
    assertTrue(
        belgorod
            .selectFirst("section:has(#claims-heading) .callout")
            .text()
            .startsWith("Contested."));
    // Two parties, two columns: the Kremlin speaks for Russia (its affiliation), and is named.
    assertEquals(List.of("Russia", "Ukraine"), belgorod.select(".side h3").eachText());
    assertEquals(List.of("Kremlin"), belgorod.select(".side").get(0).select(".speaker").eachText());
    assertTrue(belgorod.select(".side").get(1).text().contains("Denies"));
    // Claims in the order they were said: the allegation before the denial that answers it.
    List<String> said = belgorod.select(".side time").eachAttr("datetime");
    assertEquals(said.stream().sorted().toList(), said, "said in this order");
    assertEquals(
        "/incidents/energy-infrastructure-truce", belgorod.selectFirst("p.callout a").attr("href"));
    assertTrue(
        belgorod.select(".side .meta a").eachAttr("href").stream()
            .allMatch(h -> h.startsWith("#source-")));
  }

  @Test
  void agreementPageShowsItsPeriodAndTheAllegedViolations() {
    Document truce = APP.page("/incidents/energy-infrastructure-truce");
    assertTrue(
        truce.selectFirst(".facts-table").text().contains("18 March – 17 April 2025 (30 days)"));
    assertEquals(
        List.of(
            "/incidents/belgorod-fuel-depot-rail-strikes",
            "/incidents/dnipro-substation-drone-strikes",
            "/incidents/kharkiv-substation-drone-strikes",
            "/incidents/kursk-fuel-depot-rail-strikes"),
        truce.select("#violations-heading + ul h3 a").eachAttr("href").stream().sorted().toList());
  }

  @Test
  void sourcesSayHowWellTheIncidentIsCorroborated() {
    assertTrue(corroboration("trump-putin-call").startsWith("Independently corroborated"));
    assertTrue(
        corroboration("kharkiv-substation-drone-strikes").startsWith("One independent source"));
    Document call = APP.page("/incidents/trump-putin-call");
    assertEquals(2, call.select(".sources li").size());
  }

  @Test
  void uncontestedIncidentHasNoContestedCallout() {
    Document kharkiv = APP.page("/incidents/kharkiv-substation-drone-strikes");
    assertTrue(kharkiv.select(".callout.contested:contains(Contested.)").isEmpty());
    assertEquals(List.of("Ukraine"), kharkiv.select(".side h3").eachText());
  }

  @Test
  void unknownIncidentIs404() {
    assertEquals(404, APP.get("/incidents/nothing-happened").statusCode());
  }

  private static String corroboration(String slug) {
    return APP.page("/incidents/" + slug).select(".facts-table dd").last().text();
  }
}
