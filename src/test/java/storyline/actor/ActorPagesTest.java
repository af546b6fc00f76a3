package storyline.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import storyline.support.TestApp;

class ActorPagesTest {
  @RegisterExtension static final TestApp APP = TestApp.shared();

  @Test
  void actorsAreGroupedByKind() {
    Document actors = APP.page("/actors");
    assertEquals(List.of("People", "Organizations", "States"), actors.select("main h2").eachText());
    assertTrue(links(actors, "person").contains("/actors/dan-scavino"));
    assertTrue(
        links(actors, "organization")
            .containsAll(
                List.of(
                    "/actors/nato",
                    "/actors/european-union",
                    "/actors/united-nations",
                    "/actors/white-house",
                    "/actors/kremlin")));
    assertTrue(links(actors, "state").containsAll(List.of("/actors/ukraine", "/actors/russia")));
    assertTrue(!links(actors, "state").contains("/actors/vladimir-putin"));
  }

  @Test
  void actorPageShowsRoleAffiliationAndIncidentsWithTheActorsRole() {
    Document scavino = APP.page("/actors/dan-scavino");
    assertEquals("Dan Scavino", scavino.selectFirst("h1").text());
    assertTrue(
        scavino.selectFirst(".facts-table").text().contains("White House deputy chief of staff"));
    assertEquals("/actors/white-house", scavino.selectFirst(".facts-table a").attr("href"));
    Element part = scavino.selectFirst(".incident-card");
    assertEquals("/incidents/trump-zelenskyy-call", part.selectFirst("h3 a").attr("href"));
    assertTrue(part.selectFirst(".meta").text().contains("Reporter"));
    assertTrue(scavino.select("#claims-heading + ul").text().contains("Oval Office"));
  }

  @Test
  void organizationPageListsWhoIsAffiliatedWithIt() {
    Document whiteHouse = APP.page("/actors/white-house");
    List<String> affiliated = whiteHouse.select(".facts-table dd a").eachAttr("href");
    assertTrue(affiliated.containsAll(List.of("/actors/donald-trump", "/actors/dan-scavino")));
  }

  @Test
  void actorPageShowsTheirQuotesAndClaims() {
    Document putin = APP.page("/actors/vladimir-putin");
    assertTrue(putin.select(".quote blockquote").text().contains("unresolved security conditions"));
    Document ukraine = APP.page("/actors/ukraine");
    assertTrue(ukraine.select("#claims-heading + ul li").size() >= 4);
    assertTrue(ukraine.text().contains("targeted only military logistics"));
  }

  @Test
  void unknownActorIs404() {
    assertEquals(404, APP.get("/actors/nobody-at-all").statusCode());
  }

  private static List<String> links(Document page, String kind) {
    return page.select("section:has(h2#" + kind + ") .cast a").eachAttr("href");
  }
}
