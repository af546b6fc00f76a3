package storyline.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import storyline.support.AdminClient;
import storyline.support.Seed;
import storyline.support.TestApp;

/** A place can be a city, a region or approximate, and readers are told so. */
class PlacePrecisionTest {
  @RegisterExtension static final TestApp APP = new TestApp();

  @Test
  void aRegionSaysItsPointIsNotASpot() {
    assertNull(APP.page("/places/kursk").selectFirst("main .meta .muted"), "exact: nothing to say");
    AdminClient admin = AdminClient.signedInAdmin(APP);
    String place = Seed.admin(APP, "places", "kursk");
    assertEquals(
        303, admin.submit(place + "/edit", place, Map.of("precision", "region")).statusCode());
    assertEquals(
        "The point marks a region, not a spot in it.",
        APP.page("/places/kursk").selectFirst(".muted").text());
    assertEquals(
        422, admin.submit(place + "/edit", place, Map.of("precision", "galaxy")).statusCode());
  }
}
