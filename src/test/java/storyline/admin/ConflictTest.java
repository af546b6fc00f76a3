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
import storyline.support.TestApp;

/** Two editors on one entry: the second save of a stale version gets 409, and nothing is lost. */
class ConflictTest {
  @RegisterExtension static final TestApp APP = new TestApp();

  @Test
  void secondSaveOfStaleVersionConflictsAndTheFirstChangeStays() {
    AdminClient alice = AdminClient.signedInAdmin(APP);
    AdminClient bob = AdminClient.signedInAdmin(APP);
    String edit = "/admin/incidents/5/edit";
    Map<String, List<String>> aliceForm = alice.form(edit, "/admin/incidents/5");
    Map<String, List<String>> bobForm = bob.form(edit, "/admin/incidents/5");

    aliceForm.put("verification", List.of("confirmed"));
    aliceForm.put("note", List.of("Confirmed by a second source."));
    assertEquals(303, alice.post("/admin/incidents/5", aliceForm).statusCode());

    bobForm.put("summary", List.of("Bob's rewrite of the summary."));
    HttpResponse<String> conflict = bob.post("/admin/incidents/5", bobForm);
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

    var saved =
        APP.jdbi()
            .withHandle(
                h ->
                    h.createQuery("SELECT verification, summary FROM incidents WHERE id = 5")
                        .mapToMap()
                        .one());
    assertEquals("confirmed", saved.get("verification"), "Alice's change intact");
    assertTrue(!saved.get("summary").equals("Bob's rewrite of the summary."));

    Map<String, List<String>> again = AdminClient.formValues(page.selectFirst("form.entry-form"));
    assertEquals(
        303, bob.post("/admin/incidents/5", again).statusCode(), "re-applied after review");
  }

  @Test
  void archivingAStaleVersionConflictsToo() {
    AdminClient admin = AdminClient.signedInAdmin(APP);
    Map<String, List<String>> archive =
        admin.form("/admin/places/3/edit", "/admin/places/3/archive");
    assertEquals(
        303,
        admin
            .submit("/admin/places/3/edit", "/admin/places/3", Map.of("name", "Belgorod city"))
            .statusCode());
    assertEquals(409, admin.post("/admin/places/3/archive", archive).statusCode());
    assertEquals(200, APP.get("/places/belgorod").statusCode(), "still public");
  }

  private static Element row(Element table, String field) {
    return table.select("tr").stream()
        .filter(tr -> tr.selectFirst("th") != null && tr.selectFirst("th").text().equals(field))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row " + field));
  }
}
