package storyline.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import storyline.support.AdminClient;
import storyline.support.Seed;
import storyline.support.TestApp;

class ArchiveAndSlugTest {
  @RegisterExtension static final TestApp APP = new TestApp();

  @Test
  void archivingHidesAnEntryWith410AndRestoringBringsItBack() {
    AdminClient admin = AdminClient.signedInAdmin(APP);
    String edit = Seed.admin(APP, "incidents", "next-round-of-talks") + "/edit";
    assertEquals(
        303,
        admin
            .submit(
                edit,
                Seed.admin(APP, "incidents", "next-round-of-talks") + "/archive",
                Map.of("note", "Talks were never scheduled"))
            .statusCode());
    HttpResponse<String> gone = APP.get("/incidents/next-round-of-talks");
    assertEquals(410, gone.statusCode());
    assertTrue(gone.body().contains("withdrawn"));
    assertTrue(!APP.page("/incidents").text().contains("Next round of talks"));
    assertTrue(
        APP.page("/stories/ukraine-ceasefire")
            .select(".changes")
            .text()
            .contains("Withdrawn incident: Next round of talks expected later in the week"));
    assertEquals(
        303,
        admin
            .submit(
                edit, Seed.admin(APP, "incidents", "next-round-of-talks") + "/restore", Map.of())
            .statusCode());
    assertEquals(200, APP.get("/incidents/next-round-of-talks").statusCode());
  }

  @Test
  void archivedActorsPlacesAndStoriesAre410() {
    AdminClient admin = AdminClient.signedInAdmin(APP);
    admin.submit(
        Seed.admin(APP, "places", "new-york") + "/edit",
        Seed.admin(APP, "places", "new-york") + "/archive",
        Map.of());
    assertEquals(410, APP.get("/places/new-york").statusCode());
    admin.submit(
        Seed.admin(APP, "actors", "germany") + "/edit",
        Seed.admin(APP, "actors", "germany") + "/archive",
        Map.of());
    assertEquals(410, APP.get("/actors/germany").statusCode());
  }

  @Test
  void draftsAreInvisibleUntilPublished() {
    AdminClient admin = AdminClient.signedInAdmin(APP);
    Map<String, List<String>> form = admin.form("/admin/stories/new", "/admin/stories");
    form.put("title", List.of("Talks in Riyadh"));
    form.put("summary", List.of("Delegations meet."));
    form.put("status", List.of("draft"));
    HttpResponse<String> created = admin.post("/admin/stories", form);
    assertEquals(303, created.statusCode());
    String editPath = created.headers().firstValue("Location").orElseThrow();
    assertEquals(404, APP.get("/stories/talks-in-riyadh").statusCode());
    assertTrue(!APP.page("/").text().contains("Talks in Riyadh"));
    assertTrue(
        admin
            .page("/admin")
            .select("#drafts-heading + p + ul, #drafts-heading ~ ul")
            .text()
            .contains("Talks in Riyadh"));
    admin.submit(editPath, editPath.replace("/edit", ""), Map.of("status", "published"));
    assertEquals(200, APP.get("/stories/talks-in-riyadh").statusCode());
    assertTrue(APP.page("/").text().contains("Talks in Riyadh"));
  }

  @Test
  void slugsAreMadeFromTitlesAndKeptUnique() {
    AdminClient admin = AdminClient.signedInAdmin(APP);
    for (int i = 0; i < 2; i++) {
      Map<String, List<String>> form = admin.form("/admin/places/new", "/admin/places");
      form.put("name", List.of("Zaporizhzhia Oblast’s “centre”"));
      form.put("country", List.of("Ukraine"));
      form.put("latitude", List.of("47.8388"));
      form.put("longitude", List.of("35.1396"));
      // The second is a likely duplicate, which the editor confirms.
      form.put("confirm_duplicate", List.of("true"));
      assertEquals(303, admin.post("/admin/places", form).statusCode());
    }
    assertEquals(200, APP.get("/places/zaporizhzhia-oblasts-centre").statusCode());
    assertEquals(200, APP.get("/places/zaporizhzhia-oblasts-centre-2").statusCode());
  }

  @Test
  void renamingASlugKeepsTheOldAddressWorkingWith301() {
    AdminClient admin = AdminClient.signedInAdmin(APP);
    assertEquals(
        303,
        admin
            .submit(
                Seed.admin(APP, "incidents", "kharkiv-substation-drone-strikes") + "/edit",
                Seed.admin(APP, "incidents", "kharkiv-substation-drone-strikes"),
                Map.of("slug", "kharkiv-substations-hit"))
            .statusCode());
    HttpResponse<String> moved = APP.get("/incidents/kharkiv-substation-drone-strikes");
    assertEquals(301, moved.statusCode());
    assertEquals(
        "/incidents/kharkiv-substations-hit", moved.headers().firstValue("Location").orElseThrow());
    assertEquals(200, APP.get("/incidents/kharkiv-substations-hit").statusCode());
    admin.submit(
        Seed.admin(APP, "actors", "volodymyr-zelenskyy") + "/edit",
        Seed.admin(APP, "actors", "volodymyr-zelenskyy"),
        Map.of("slug", "president-zelenskyy"));
    assertEquals(
        "/actors/president-zelenskyy",
        APP.get("/actors/volodymyr-zelenskyy").headers().firstValue("Location").orElseThrow());
  }

  @Test
  void unknownIdsInTheAdminAre404() {
    AdminClient admin = AdminClient.signedInAdmin(APP);
    assertEquals(404, admin.get("/admin/incidents/99999/edit").statusCode());
    assertEquals(404, admin.get("/admin/incidents/abc/edit").statusCode());
    assertEquals(404, admin.get("/admin/stories/99999/history").statusCode());
  }
}
