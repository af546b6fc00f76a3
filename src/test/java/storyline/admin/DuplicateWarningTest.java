package storyline.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import storyline.support.AdminClient;
import storyline.support.Seed;
import storyline.support.TestApp;

/** Every kind warns before saving a likely duplicate, and saves it once the editor confirms. */
class DuplicateWarningTest {
  @RegisterExtension static final TestApp APP = new TestApp();

  @Test
  void aSecondActorOfTheSameNameIsQuestionedFirst() {
    AdminClient admin = AdminClient.signedInAdmin(APP);
    Map<String, List<String>> form = admin.form("/admin/actors/new", "/admin/actors");
    form.put("name", List.of("  nato "));
    form.put("kind", List.of("organization"));
    HttpResponse<String> questioned = admin.post("/admin/actors", form);
    assertEquals(422, questioned.statusCode());
    var warning = Jsoup.parse(questioned.body()).selectFirst(".warning li a");
    assertEquals(Seed.admin(APP, "actors", "nato") + "/edit", warning.attr("href"));
    assertEquals("nato", Jsoup.parse(questioned.body()).selectFirst("#f-name").val().strip());

    form.put("confirm_duplicate", List.of("true"));
    assertEquals(303, admin.post("/admin/actors", form).statusCode(), "saved once confirmed");
  }

  @Test
  void aPlaceAtTheSamePointIsQuestioned() {
    AdminClient admin = AdminClient.signedInAdmin(APP);
    Map<String, List<String>> form = admin.form("/admin/places/new", "/admin/places");
    form.put("name", List.of("Kharkiv city centre"));
    form.put("country", List.of("Ukraine"));
    form.put("latitude", List.of("49.9926"));
    form.put("longitude", List.of("36.2310"));
    HttpResponse<String> questioned = admin.post("/admin/places", form);
    assertEquals(422, questioned.statusCode());
    assertTrue(
        Jsoup.parse(questioned.body()).select(".warning").text().contains("same point"),
        questioned.body());
  }
}
