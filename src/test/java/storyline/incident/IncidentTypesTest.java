package storyline.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import storyline.support.NewEntries;
import storyline.support.Seed;
import storyline.support.TestApp;

/**
 * Incident types are the admin's to add, rename and retire, each with a colour and a marker shape
 * that every page, picture, filter and export then uses; a code, once set, keeps every link.
 */
class IncidentTypesTest {
  @RegisterExtension static final TestApp APP = new TestApp();

  @Test
  void aNewSiteStartsWithEightTypesEachWithItsOwnColourAndShape() {
    List<IncidentType> types = IncidentTypes.of(APP.jdbi()).all();
    assertEquals(
        List.of(
            "diplomacy",
            "agreement",
            "statement",
            "strike",
            "ground_combat",
            "humanitarian",
            "sanctions",
            "other"),
        types.stream().map(IncidentType::code).toList());
    assertEquals(8, types.stream().map(IncidentType::colour).distinct().count());
    assertEquals(8, types.stream().map(IncidentType::shape).distinct().count());
  }

  @Test
  void anAdminAddsRenamesAndRetiresATypeAndEveryPageFollows() {
    AdminClient admin = AdminClient.signedInAdmin(APP);
    Map<String, List<String>> type =
        admin.form("/admin/incident_types/new", "/admin/incident_types");
    type.put("label", List.of("Court ruling"));
    type.put("description", List.of("Verdicts, rulings and indictments"));
    type.put("colour", List.of("#8A2BE2"));
    type.put("shape", List.of("hexagon"));
    HttpResponse<String> created = admin.post("/admin/incident_types", type);
    assertEquals(303, created.statusCode(), created.body());
    String edit = created.headers().firstValue("Location").orElseThrow();
    assertTrue(
        admin.page("/admin/incident_types").text().contains("court_ruling"),
        "the code is made from the name");

    String story = NewEntries.idOf(Seed.admin(APP, "stories", "ukraine-ceasefire"));
    Document blank = admin.page("/admin/incidents/new?story_id=" + story);
    assertNotNull(
        blank.selectFirst("#f-type option[value=court_ruling]"), "offered for new incidents");
    String incident = Seed.admin(APP, "incidents", "trump-putin-call");
    assertEquals(
        303,
        admin
            .submit(incident + "/edit", incident, Map.of("type", "court_ruling", "note", "Recast"))
            .statusCode());

    Document page = APP.page("/incidents/trump-putin-call");
    Element chip = page.selectFirst("dd .type");
    assertNotNull(chip);
    assertEquals("Court ruling", chip.text());
    assertEquals("#8a2be2", chip.selectFirst("svg path").attr("fill"), "in its own colour");
    assertTrue(page.text().contains("Verdicts, rulings and indictments"));
    Document storyPage = APP.page("/stories/ukraine-ceasefire");
    assertTrue(
        storyPage.select(".legend li").eachText().contains("Court ruling"),
        "the pictures' legends name it");
    assertFalse(storyPage.select("svg path[fill=#8a2be2]").isEmpty(), "and draw it in its colour");
    Document listed = APP.page("/incidents?type=court_ruling");
    assertEquals(
        List.of("/incidents/trump-putin-call"),
        listed.select(".incident-card h3 a").eachAttr("href"),
        "the list filters by it");
    assertTrue(listed.text().contains("Type: Court ruling"), "the active filter names it");
    assertNotNull(listed.selectFirst("#f-type option[value=court_ruling][selected]"));
    assertTrue(
        APP.get("/incidents.csv?type=court_ruling").body().contains("court_ruling"),
        "exports carry the code");

    HttpResponse<String> recode =
        admin.submit(edit, edit.replace("/edit", ""), Map.of("code", "ruling"));
    assertEquals(422, recode.statusCode(), "the code cannot change");
    assertTrue(recode.body().contains("The code cannot change"));
    HttpResponse<String> renamed =
        admin.submit(edit, edit.replace("/edit", ""), Map.of("label", "Court decision"));
    assertEquals(303, renamed.statusCode(), renamed.body());
    assertEquals(
        "Court decision",
        APP.page("/incidents/trump-putin-call").selectFirst("dd .type").text(),
        "a rename shows at once on a page read before it");
    assertTrue(APP.page("/incidents?type=court_ruling").text().contains("Type: Court decision"));

    assertEquals(
        "Retire this incident type",
        admin.page(edit).selectFirst(".archive-form button").text(),
        "archiving a type is retiring it");
    HttpResponse<String> retired =
        admin.submit(edit, edit.replace("/edit", "/archive"), Map.of("note", "Too narrow"));
    assertEquals(303, retired.statusCode(), retired.body());
    assertTrue(
        admin.page(edit).text().contains("the incidents that have it keep it"),
        "and the editor is told what it does");
    assertTrue(
        admin
            .page("/admin/incidents/new?story_id=" + story)
            .select("#f-type option[value=court_ruling]")
            .isEmpty(),
        "a retired type is offered for no new incident");
    Map<String, List<String>> another =
        NewEntries.incidentForm(APP, admin, story, "A ruling after retirement");
    another.put("type", List.of("court_ruling"));
    HttpResponse<String> refused = admin.post("/admin/incidents", another);
    assertEquals(422, refused.statusCode());
    assertTrue(Jsoup.parse(refused.body()).selectFirst("#f-type-error").text().contains("retired"));
    assertEquals(
        "Court decision",
        APP.page("/incidents/trump-putin-call").selectFirst("dd .type").text(),
        "its incidents keep it");
    Document kept = admin.page(incident + "/edit");
    assertEquals(
        "court_ruling",
        kept.selectFirst("#f-type option[selected]").val(),
        "and their form still shows it");
    assertEquals(
        303,
        admin
            .submit(incident + "/edit", incident, Map.of("summary", "Saved again with its type."))
            .statusCode(),
        "an incident that has a retired type can be saved with it");
    assertNotNull(
        APP.page("/incidents").selectFirst("#f-type option[value=court_ruling]"),
        "the list still filters by it");
  }

  @Test
  void aTypeThatDoesNotExistIsABadRequest() {
    HttpResponse<String> answer = APP.get("/incidents?type=earthquake");
    assertEquals(400, answer.statusCode());
    assertTrue(answer.body().contains("must be one of"), answer.body());
  }
}
