package storyline.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import storyline.support.AdminClient;
import storyline.support.Seed;
import storyline.support.TestApp;

class HistoryTest {
  @RegisterExtension static final TestApp APP = new TestApp();

  @Test
  void everyChangeIsARevisionWithWhoWhenWhatAndTheNote() {
    AdminClient admin = AdminClient.signedInAdmin(APP);
    String edit = Seed.admin(APP, "actors", "donald-trump") + "/edit";
    assertEquals(
        303,
        admin
            .submit(
                edit,
                Seed.admin(APP, "actors", "donald-trump"),
                Map.of(
                    "role", "45th and 47th President of the United States", "note", "Fuller title"))
            .statusCode());
    assertEquals(
        303,
        admin
            .submit(
                edit,
                Seed.admin(APP, "actors", "donald-trump") + "/archive",
                Map.of("note", "Testing archive"))
            .statusCode());
    assertEquals(
        303,
        admin
            .submit(
                edit,
                Seed.admin(APP, "actors", "donald-trump") + "/restore",
                Map.of("note", "Back"))
            .statusCode());

    Document history = admin.page(Seed.admin(APP, "actors", "donald-trump") + "/history");
    List<Element> rows = history.select("table.data:not(.diff) tbody tr");
    assertEquals(4, rows.size());
    assertEquals(List.of("4", "3", "2", "1"), rows.stream().map(r -> r.child(0).text()).toList());
    assertTrue(rows.get(0).text().contains("Restored"));
    assertTrue(
        rows.get(1).text().contains("Withdrawn") && rows.get(1).text().contains("Testing archive"));
    assertTrue(
        rows.get(2).text().contains("Administrator")
            && rows.get(2).text().contains("Fuller title"));
    assertTrue(rows.get(3).text().contains("Seed import"));
  }

  @Test
  void anyTwoVersionsCanBeComparedFieldByField() {
    AdminClient admin = AdminClient.signedInAdmin(APP);
    admin.submit(
        Seed.admin(APP, "places", "kharkiv") + "/edit",
        Seed.admin(APP, "places", "kharkiv"),
        Map.of("name", "Kharkiv city", "latitude", "50.0"));
    Document diff = admin.page(Seed.admin(APP, "places", "kharkiv") + "/history?from=1&to=2");
    List<String> changed = diff.select("table.diff tr.changed th span:first-child").eachText();
    assertEquals(List.of("Name", "Latitude"), changed);
    Element name = diff.select("table.diff tr.changed").first();
    assertEquals("Kharkiv", name.select("td").get(0).text());
    assertEquals("Kharkiv city", name.select("td").get(1).text());
  }

  @Test
  void restoringAnIncidentVersionRestoresItsClaimsToo() {
    AdminClient admin = AdminClient.signedInAdmin(APP);
    String edit = Seed.admin(APP, "incidents", "kursk-fuel-depot-rail-strikes") + "/edit";
    Map<String, List<String>> form =
        admin.form(edit, Seed.admin(APP, "incidents", "kursk-fuel-depot-rail-strikes"));
    for (int i = 0; form.containsKey("claims[" + i + "].text"); i++) {
      if (form.get("claims[" + i + "].text").get(0).startsWith("The attacks on Kursk")) {
        form.put("claims[" + i + "].remove", List.of("true"));
      }
      if (form.get("claims[" + i + "].text").get(0).startsWith("Ukraine carried out")) {
        form.put("claims[" + i + "].status", List.of("contradicted"));
      }
    }
    assertEquals(
        303,
        admin
            .post(Seed.admin(APP, "incidents", "kursk-fuel-depot-rail-strikes"), form)
            .statusCode());
    assertTrue(
        !APP.page("/incidents/kursk-fuel-depot-rail-strikes")
            .text()
            .contains("endangered civilian lives"));
    Document history =
        admin.page(
            Seed.admin(APP, "incidents", "kursk-fuel-depot-rail-strikes") + "/history?from=1&to=2");
    assertTrue(
        history.select("table.diff tr.changed").text().contains("contradicted"),
        "claims are in the diff");
    String restore =
        history.select("table.data:not(.diff) tbody tr").last().selectFirst("form").attr("action");
    assertEquals(
        303,
        admin
            .submit(
                Seed.admin(APP, "incidents", "kursk-fuel-depot-rail-strikes") + "/history",
                restore,
                Map.of())
            .statusCode());
    Document page = APP.page("/incidents/kursk-fuel-depot-rail-strikes");
    assertTrue(
        page.text().contains("The attacks on Kursk endangered civilian lives."),
        "the withdrawn claim is back");
    assertTrue(!page.select(".side").text().contains("Contradicted"), "the old status is back");
  }

  @Test
  void restoringAnEarlierVersionSavesItAsANewOne() {
    AdminClient admin = AdminClient.signedInAdmin(APP);
    String edit = Seed.admin(APP, "incidents", "trump-statement-on-renewed-strikes") + "/edit";
    admin.submit(
        edit,
        Seed.admin(APP, "incidents", "trump-statement-on-renewed-strikes"),
        Map.of("title", "A wrong title", "verification", "retracted"));
    assertEquals(
        "A wrong title",
        APP.page("/incidents/trump-statement-on-renewed-strikes").selectFirst("h1").text());
    Document history =
        admin.page(Seed.admin(APP, "incidents", "trump-statement-on-renewed-strikes") + "/history");
    Element first = history.select("table.data tbody tr").last();
    String action = first.selectFirst("form").attr("action");
    HttpResponse<String> restored =
        admin.submit(
            Seed.admin(APP, "incidents", "trump-statement-on-renewed-strikes") + "/history",
            action,
            Map.of());
    assertEquals(303, restored.statusCode());
    assertEquals(
        "Trump calls the renewed strikes \"deeply disheartening\"",
        APP.page("/incidents/trump-statement-on-renewed-strikes").selectFirst("h1").text());
    List<Element> rows =
        admin
            .page(Seed.admin(APP, "incidents", "trump-statement-on-renewed-strikes") + "/history")
            .select("table.data:not(.diff) tbody tr");
    assertEquals("3", rows.get(0).child(0).text());
    assertTrue(rows.get(0).text().contains("Restored version 1"), rows.get(0).text());
  }

  @Test
  void theHistoryComparesThePreviousVersionByNameAndRefusesVersionsItDoesNotHave() {
    AdminClient admin = AdminClient.signedInAdmin(APP);
    String incident = Seed.admin(APP, "incidents", "kharkiv-substation-drone-strikes");
    admin.submit(
        incident + "/edit", incident, Map.of("place_id", Seed.id(APP, "places", "dnipro") + ""));
    Document history = admin.page(incident + "/history");
    // Without asking, the newest version against the one before, with names, not ids.
    Element place =
        history.select("table.diff tr.changed").stream()
            .filter(tr -> tr.selectFirst("th").text().startsWith("Place"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(history.select("table.diff").text()));
    assertEquals("Kharkiv", place.select("td").get(0).text());
    assertEquals("Dnipro", place.select("td").get(1).text());
    assertEquals(1, history.select("table.diff tr.changed").size(), "the actors did not change");
    assertEquals(404, admin.get(incident + "/history?from=1&to=99").statusCode());
    assertEquals(404, admin.get(incident + "/history?from=x&to=1").statusCode());
  }
}
