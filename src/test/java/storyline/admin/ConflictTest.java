package storyline.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import storyline.support.AdminClient;
import storyline.support.Seed;
import storyline.support.TestApp;

/** Two editors on one entry: the second save of a stale version gets 409, and nothing is lost. */
class ConflictTest {
  @RegisterExtension static final TestApp APP = new TestApp();

  @Test
  void secondSaveOfStaleVersionConflictsAndTheFirstChangeStays() {
    AdminClient alice = AdminClient.signedInAdmin(APP);
    AdminClient bob = AdminClient.signedInAdmin(APP);
    String edit = Seed.admin(APP, "incidents", "kharkiv-substation-drone-strikes") + "/edit";
    Map<String, List<String>> aliceForm =
        alice.form(edit, Seed.admin(APP, "incidents", "kharkiv-substation-drone-strikes"));
    Map<String, List<String>> bobForm =
        bob.form(edit, Seed.admin(APP, "incidents", "kharkiv-substation-drone-strikes"));

    aliceForm.put("verification", List.of("confirmed"));
    aliceForm.put("precision", List.of("day"));
    aliceForm.put("occurred_time", List.of("06:30"));
    aliceForm.put("note", List.of("Confirmed by a second source."));
    assertEquals(
        303,
        alice
            .post(Seed.admin(APP, "incidents", "kharkiv-substation-drone-strikes"), aliceForm)
            .statusCode());

    bobForm.put("summary", List.of("Bob's rewrite of the summary."));
    HttpResponse<String> conflict =
        bob.post(Seed.admin(APP, "incidents", "kharkiv-substation-drone-strikes"), bobForm);
    assertEquals(409, conflict.statusCode());

    Document page = Jsoup.parse(conflict.body());
    Element table = page.selectFirst(".conflict table");
    Element verification = row(table, "Verification");
    assertEquals("confirmed", verification.select("td").get(0).text(), "saved value shown");
    assertEquals(
        "claimed", verification.select("td").get(1).text(), "the editor's own value shown");
    assertEquals("Bob's rewrite of the summary.", row(table, "Summary").select("td").get(1).text());
    assertEquals(
        "Bob's rewrite of the summary.",
        page.getElementById("f-summary").wholeText().strip(),
        "form keeps Bob's text");
    assertEquals(
        "2",
        page.selectFirst("form.entry-form input[name=version]").val(),
        "ready to save over the current version");

    var saved = kharkivAsSaved();
    assertEquals("confirmed", saved.get("verification"), "Alice's change intact");
    assertTrue(!saved.get("summary").equals("Bob's rewrite of the summary."));

    // Merged three ways: Alice's verification (only she changed it) is in Bob's form now.
    assertEquals(
        "confirmed",
        page.selectFirst("#f-verification option[selected]").val(),
        "the other editor's change is kept in the form");
    assertEquals("06:30", row(table, "Time of day").select("td").get(0).text());
    assertEquals("06:30", page.getElementById("f-occurred_time").val(), "her time of day too");
    assertTrue(page.select(".conflict .badge").isEmpty(), "nothing both changed: no decision");
    Map<String, List<String>> again = AdminClient.formValues(page.selectFirst("form.entry-form"));
    assertEquals(
        303,
        bob.post(Seed.admin(APP, "incidents", "kharkiv-substation-drone-strikes"), again)
            .statusCode(),
        "re-applied after review");
    var merged = kharkivAsSaved();
    assertEquals("confirmed", merged.get("verification"), "Alice's change survives Bob's save");
    assertEquals("Bob's rewrite of the summary.", merged.get("summary"));
  }

  @Test
  void aFieldBothEditorsChangedIsMarkedForADecision() {
    AdminClient alice = AdminClient.signedInAdmin(APP);
    AdminClient bob = AdminClient.signedInAdmin(APP);
    String place = Seed.admin(APP, "places", "kursk");
    Map<String, List<String>> aliceForm = alice.form(place + "/edit", place);
    Map<String, List<String>> bobForm = bob.form(place + "/edit", place);
    aliceForm.put("name", List.of("Kursk (city)"));
    assertEquals(303, alice.post(place, aliceForm).statusCode());
    bobForm.put("name", List.of("Kursk, Russia"));
    bobForm.put("country", List.of("Ukraine"));
    HttpResponse<String> conflict = bob.post(place, bobForm);
    assertEquals(409, conflict.statusCode());
    Document page = Jsoup.parse(conflict.body());
    Element table = page.selectFirst(".conflict table");
    assertEquals("Decide", row(table, "Name").selectFirst(".badge").text());
    assertTrue(row(table, "Country").select(".badge").isEmpty(), "only Bob changed the country");
    assertEquals("Kursk, Russia", page.getElementById("f-name").val(), "Bob's, for him to decide");
    assertEquals("Ukraine", page.selectFirst("#f-country option[selected]").val());
  }

  @Test
  void archivingAStaleVersionConflictsToo() {
    AdminClient admin = AdminClient.signedInAdmin(APP);
    Map<String, List<String>> archive =
        admin.form(
            Seed.admin(APP, "places", "belgorod") + "/edit",
            Seed.admin(APP, "places", "belgorod") + "/archive");
    assertEquals(
        303,
        admin
            .submit(
                Seed.admin(APP, "places", "belgorod") + "/edit",
                Seed.admin(APP, "places", "belgorod"),
                Map.of("name", "Belgorod city"))
            .statusCode());
    assertEquals(
        409, admin.post(Seed.admin(APP, "places", "belgorod") + "/archive", archive).statusCode());
    assertEquals(200, APP.get("/places/belgorod").statusCode(), "still public");
  }

  private static Map<String, Object> kharkivAsSaved() {
    return APP.jdbi()
        .withHandle(
            h ->
                h.createQuery(
                        "SELECT verification, summary FROM incidents"
                            + " WHERE slug = 'kharkiv-substation-drone-strikes'")
                    .mapToMap()
                    .one());
  }

  private static Element row(Element table, String field) {
    return table.select("tr").stream()
        .filter(tr -> tr.selectFirst("th > span") != null)
        .filter(tr -> tr.selectFirst("th > span").text().equals(field))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row " + field));
  }
}
