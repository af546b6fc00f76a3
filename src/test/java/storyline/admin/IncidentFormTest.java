package storyline.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import storyline.support.AdminClient;
import storyline.support.Seed;
import storyline.support.TestApp;

/** The incident form edits the incident, its cast, its claims and its sources together. */
class IncidentFormTest {
  @RegisterExtension static final TestApp APP = new TestApp();

  @Test
  void castClaimsAndSourcesAreSavedTogetherWithTheIncident() {
    AdminClient admin = AdminClient.signedInAdmin(APP);
    Map<String, List<String>> form = admin.form("/admin/incidents/new", "/admin/incidents");
    form.put("story_id", List.of("1"));
    form.put("title", List.of("Drone strike on a substation near Sumy"));
    form.put("type", List.of("strike"));
    form.put("occurred_on", List.of("2025-03-20"));
    form.put("precision", List.of("day"));
    form.put("summary", List.of("A substation was hit."));
    form.put("verification", List.of("claimed"));
    form.put("violates_id", List.of("2"));
    form.put("source_ids", List.of("1", "2"));
    form.put("actors[0].actor_id", List.of("2"));
    form.put("actors[0].role", List.of("initiator"));
    form.put("actors[1].actor_id", List.of("1"));
    form.put("actors[1].role", List.of("target"));
    form.put("claims[0].actor_id", List.of("1"));
    form.put("claims[0].stance", List.of("alleges"));
    form.put("claims[0].text", List.of("Russian drones hit the substation."));
    form.put("claims[0].said_on", List.of("2025-03-20"));
    form.put("claims[0].status", List.of("unverified"));
    form.put("claims[0].source_ids", List.of("1"));
    HttpResponse<String> created = admin.post("/admin/incidents", form);
    assertEquals(303, created.statusCode(), created.body());

    Document page = APP.page("/incidents/drone-strike-on-a-substation-near-sumy");
    assertEquals(
        List.of("Russia — Initiator", "Ukraine — Target"),
        page.select("#who-heading + ul li").stream()
            .map(li -> li.selectFirst("a").text() + " — " + li.selectFirst("strong").text())
            .sorted()
            .toList());
    assertTrue(page.select(".side").text().contains("Russian drones hit the substation."));
    assertEquals(2, page.select(".sources li").size());
    assertEquals(
        "/incidents/energy-infrastructure-truce", page.selectFirst("p.callout a").attr("href"));
    assertTrue(
        page.select(".changes")
            .text()
            .contains("New claim by Ukraine on: Drone strike on a substation near Sumy"));
  }

  @Test
  void claimsCanBeChangedAndWithdrawnFromTheIncidentForm() {
    AdminClient admin = AdminClient.signedInAdmin(APP);
    String edit = Seed.admin(APP, "incidents", "belgorod-fuel-depot-rail-strikes") + "/edit";
    Map<String, List<String>> form =
        admin.form(edit, Seed.admin(APP, "incidents", "belgorod-fuel-depot-rail-strikes"));
    int russia =
        indexOfClaim(
            form,
            "Ukraine carried out retaliatory strikes on fuel depots and railway hubs in Belgorod.");
    int kremlin = indexOfClaim(form, "The attacks on Belgorod endangered civilian lives.");
    form.put("claims[" + russia + "].status", List.of("corroborated"));
    form.put("claims[" + kremlin + "].remove", List.of("true"));
    form.put("note", List.of("Satellite images show the depot fire."));
    assertEquals(
        303,
        admin
            .post(Seed.admin(APP, "incidents", "belgorod-fuel-depot-rail-strikes"), form)
            .statusCode());

    Document page = APP.page("/incidents/belgorod-fuel-depot-rail-strikes");
    assertTrue(
        !page.select(".side").text().contains("endangered civilian lives"),
        "withdrawn claim hidden");
    String log = page.select(".changes").text();
    assertTrue(log.contains("Claim status changed: unverified → corroborated"), log);
    assertTrue(log.contains("Claim withdrawn"), log);
    assertTrue(log.contains("Satellite images show the depot fire."), log);
  }

  @Test
  void aNewIncidentLikeAnExistingOneAsksForConfirmation() {
    AdminClient admin = AdminClient.signedInAdmin(APP);
    Map<String, List<String>> form = admin.form("/admin/incidents/new", "/admin/incidents");
    form.put("story_id", List.of("1"));
    form.put("title", List.of("Another strike in Kharkiv"));
    form.put("type", List.of("strike"));
    form.put("occurred_on", List.of("2025-03-19"));
    form.put("precision", List.of("day"));
    form.put("place_id", List.of("1"));
    form.put("summary", List.of("Reported again."));
    form.put("verification", List.of("reported"));
    form.put("source_ids", List.of("1"));
    HttpResponse<String> warned = admin.post("/admin/incidents", form);
    assertEquals(422, warned.statusCode());
    Document page = Jsoup.parse(warned.body());
    assertTrue(page.selectFirst(".warning").text().contains("Possible duplicate"));
    assertEquals(
        Seed.admin(APP, "incidents", "kharkiv-substation-drone-strikes") + "/edit",
        page.selectFirst(".warning a").attr("href"));
    assertEquals(
        "Another strike in Kharkiv", page.getElementById("f-title").val(), "typed values kept");

    Map<String, List<String>> confirmed =
        AdminClient.formValues(page.selectFirst("form.entry-form"));
    confirmed.put("confirm_duplicate", List.of("true"));
    assertEquals(303, admin.post("/admin/incidents", confirmed).statusCode());
    assertEquals(200, APP.get("/incidents/another-strike-in-kharkiv").statusCode());
  }

  private static int indexOfClaim(Map<String, List<String>> form, String text) {
    for (int i = 0; i < 10; i++) {
      if (List.of(text).equals(form.get("claims[" + i + "].text"))) {
        return i;
      }
    }
    throw new AssertionError("no claim " + text + " in " + form);
  }

  @Test
  void rowsAreNumberedAsPeopleCount() {
    AdminClient admin = AdminClient.signedInAdmin(APP);
    Document form = admin.page("/admin/incidents/new");
    List<String> labels =
        form.select("label[for^=f-actors]").eachText().stream().map(String::strip).toList();
    assertEquals("Actor 1", labels.get(0), labels.toString());
    assertTrue(labels.contains("Role of actor 1"), labels.toString());
    assertTrue(labels.contains("Actor 2"), labels.toString());
    assertTrue(labels.stream().noneMatch(l -> l.matches(".*\\b0\\d.*|.*11.*")), labels.toString());
  }

  @Test
  void confirmedNeedsASourceIndependentOfTheParties() {
    long party =
        APP.jdbi()
            .withHandle(
                h ->
                    h.createQuery("SELECT MIN(id) FROM sources WHERE kind = 'party'")
                        .mapTo(Long.class)
                        .one());
    AdminClient admin = AdminClient.signedInAdmin(APP);
    String incident = Seed.admin(APP, "incidents", "kharkiv-substation-drone-strikes");
    Map<String, List<String>> form = admin.form(incident + "/edit", incident);
    form.put("source_ids", List.of(String.valueOf(party)));
    form.put("verification", List.of("confirmed"));
    HttpResponse<String> refused = admin.post(incident, form);
    assertEquals(422, refused.statusCode());
    assertTrue(
        Jsoup.parse(refused.body()).select(".error-summary").text().contains("independent"),
        "readers would read “Independently confirmed” beside “Reported only by parties”");
    form.put("verification", List.of("claimed"));
    assertEquals(303, admin.post(incident, form).statusCode(), "a status the sources support");
  }

  @Test
  void moreRowsKeepsEverythingTypedAndSavesNothing() {
    AdminClient admin = AdminClient.signedInAdmin(APP);
    Document blank = admin.page("/admin/incidents/new");
    assertEquals(
        "_more_rows",
        blank.select("form.entry-form button[type=submit]").last().attr("name"),
        "after the save button, so that Enter in a field saves");
    Map<String, List<String>> form = admin.form("/admin/incidents/new", "/admin/incidents");
    form.put("title", List.of("Three actors in one sitting"));
    form.put("actors[0].actor_id", List.of(String.valueOf(Seed.id(APP, "actors", "russia"))));
    form.put("actors[0].role", List.of("initiator"));
    form.put("actors[1].actor_id", List.of(String.valueOf(Seed.id(APP, "actors", "ukraine"))));
    form.put("actors[1].role", List.of("target"));
    form.put("_more_rows", List.of("rows"));
    HttpResponse<String> more = admin.post("/admin/incidents", form);
    assertEquals(200, more.statusCode(), "the form again, not a save");
    Document page = Jsoup.parse(more.body());
    assertEquals("Three actors in one sitting", page.getElementById("f-title").val());
    assertEquals(
        4, page.select("select[name$=.actor_id][name^=actors]").size(), "two typed, two new");
    assertEquals(
        String.valueOf(Seed.id(APP, "actors", "ukraine")),
        page.selectFirst("select[name=actors[1].actor_id] option[selected]").val());
    assertEquals(
        0,
        (int)
            APP.jdbi()
                .withHandle(
                    h ->
                        h.createQuery(
                                "SELECT COUNT(*) FROM incidents WHERE title = 'Three actors in one sitting'")
                            .mapTo(Integer.class)
                            .one()));
  }
}
