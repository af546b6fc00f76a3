package storyline.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import storyline.support.TestApp;

class PlacePagesTest {
  @RegisterExtension static final TestApp APP = TestApp.shared();

  @Test
  void placePageListsTheIncidentsThere() {
    Document kharkiv = APP.page("/places/kharkiv");
    assertEquals("Kharkiv", kharkiv.selectFirst("h1").text());
    assertTrue(kharkiv.selectFirst(".meta").text().contains("Ukraine"));
    assertEquals(
        List.of("/incidents/kharkiv-substation-drone-strikes"),
        kharkiv.select(".incident-card h3 a").eachAttr("href"));
  }

  @Test
  void placesIndexGroupsPlacesByCountry() {
    Document places = APP.page("/places");
    assertTrue(
        places
            .select("main h2")
            .eachText()
            .containsAll(List.of("Russia", "Ukraine", "United States")));
    assertTrue(
        places
            .select("main a")
            .eachAttr("href")
            .containsAll(
                List.of(
                    "/places/kharkiv",
                    "/places/dnipro",
                    "/places/belgorod",
                    "/places/kursk",
                    "/places/mariupol",
                    "/places/bakhmut",
                    "/places/avdiivka",
                    "/places/kyiv",
                    "/places/moscow",
                    "/places/washington")));
  }

  @Test
  void unknownPlaceIs404() {
    assertEquals(404, APP.get("/places/atlantis").statusCode());
  }
}
