package storyline.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * A place, an actor and a source the incident needs are created from inside its form: each through
 * its own checks and history, and the form comes back unsaved with everything typed and the new
 * entry chosen.
 */
class CreateInsideTest {
  @RegisterExtension static final TestApp APP = new TestApp();

  @Test
  void anEditorCreatesWhatTheIncidentNeedsWithoutLosingWhatWasTyped() {
    AdminClient admin = AdminClient.signedInAdmin(APP);
    String story = Seed.admin(APP, "stories", "ukraine-ceasefire");
    String storyId = story.substring(story.lastIndexOf('/') + 1);
    Map<String, List<String>> form =
        admin.form("/admin/incidents/new?story_id=" + storyId, "/admin/incidents");
    form.put("title", List.of("Column stops near Tula"));
    form.put("summary", List.of("The column halts 200 km from Moscow."));
    form.put("occurred_on", List.of("2023-06-24"));
    form.put("new_place.country", List.of("Russia"));
    form.put("_create", List.of("new_place"));

    HttpResponse<String> missingName = admin.post("/admin/incidents", form);
    assertEquals(422, missingName.statusCode());
    Document failed = Jsoup.parse(missingName.body());
    assertNotNull(failed.selectFirst("#f-new_place-name-error"), "the new place needs a name");
    assertEquals(
        "Russia",
        failed.selectFirst("#f-new_place-country option[selected]").val(),
        "kept as chosen");
    assertTrue(failed.selectFirst("details.inside").hasAttr("open"), "and shown open");
    assertEquals("Column stops near Tula", failed.selectFirst("#f-title").val());
    assertEquals(0, count("places", "Tula"), "nothing created");

    form.put("new_place.name", List.of("Tula"));
    form.put("new_place.latitude", List.of("54.1931"));
    form.put("new_place.longitude", List.of("37.6177"));
    form.put("new_place.precision", List.of("city"));
    Document placed = created(admin, form, "Created the place “Tula” and chose it.");
    long tula = id("places", "Tula");
    assertEquals(String.valueOf(tula), selected(placed, "#f-place_id"), "the new place is chosen");
    assertEquals("", placed.selectFirst("#f-new_place-name").val(), "its fields start again");
    assertEquals("Column stops near Tula", placed.selectFirst("#f-title").val());
    assertEquals("The column halts 200 km from Moscow.", placed.selectFirst("#f-summary").text());
    assertEquals(
        1,
        APP.page("/places/tula").select("h1").size(),
        "created as the places page creates it: public, with its own page");
    assertTrue(
        admin.page("/admin/places/" + tula + "/history").text().contains("Added place: Tula"),
        "with its own history");

    Map<String, List<String>> next = AdminClient.formValues(placed.selectFirst("form.entry-form"));
    next.put("new_actor.name", List.of("Vladimir Putin"));
    next.put("new_actor.kind", List.of("person"));
    next.put("new_actor.part", List.of("target"));
    next.put("_create", List.of("new_actor"));
    HttpResponse<String> duplicate = admin.post("/admin/incidents", next);
    assertEquals(422, duplicate.statusCode(), "a second Putin is a likely duplicate");
    Document warned = Jsoup.parse(duplicate.body());
    assertTrue(
        warned.selectFirst("#f-new_actor-confirm-error").text().contains("Vladimir Putin"),
        warned.select(".field-error").text());
    next.put("new_actor.name", List.of("Wagner Group"));
    next.put("new_actor.kind", List.of("organization"));
    Document cast = created(admin, next, "Created the actor “Wagner Group” and chose it.");
    long wagner = id("actors", "Wagner Group");
    assertEquals(String.valueOf(wagner), selected(cast, "#f-actors-0--actor_id"));
    assertEquals("target", selected(cast, "#f-actors-0--role"), "in the role chosen for it");
    assertEquals(String.valueOf(tula), selected(cast, "#f-place_id"), "the place still chosen");

    Map<String, List<String>> last = AdminClient.formValues(cast.selectFirst("form.entry-form"));
    last.put("new_source.title", List.of("Prigozhin's audio messages"));
    last.put("new_source.kind", List.of("party"));
    last.put("_create", List.of("new_source"));
    Document sourced = created(admin, last, "Created the source “Prigozhin's audio messages”");
    long audio = id("sources", "Prigozhin's audio messages");
    assertTrue(
        sourced
            .select("input[name=source_ids][checked]")
            .eachAttr("value")
            .contains(String.valueOf(audio)),
        "the new source is cited");

    Map<String, List<String>> whole =
        AdminClient.formValues(sourced.selectFirst("form.entry-form"));
    whole.put("type", List.of("other"));
    whole.put("precision", List.of("day"));
    whole.put("verification", List.of("reported"));
    HttpResponse<String> saved = admin.post("/admin/incidents", whole);
    assertEquals(303, saved.statusCode(), Jsoup.parse(saved.body()).select(".field-error").text());
    Document page = APP.page("/incidents/column-stops-near-tula");
    assertTrue(page.text().contains("Tula"), "at the new place");
    assertTrue(page.text().contains("Wagner Group"), "with the new actor");
    assertTrue(page.text().contains("Prigozhin's audio messages"), "citing the new source");
  }

  @Test
  void menusOfferTheStorysOwnEntriesFirstAndCanBeNarrowed() {
    AdminClient admin = AdminClient.signedInAdmin(APP);
    Map<String, List<String>> actor = admin.form("/admin/actors/new", "/admin/actors");
    actor.put("name", List.of("Yevgeny Prigozhin"));
    actor.put("kind", List.of("person"));
    assertEquals(303, admin.post("/admin/actors", actor).statusCode());
    String story = Seed.admin(APP, "stories", "ukraine-ceasefire");
    Document form =
        admin.page("/admin/incidents/new?story_id=" + story.substring(story.lastIndexOf('/') + 1));

    Element menu = form.selectFirst("#f-actors-0--actor_id");
    assertEquals(
        List.of("Actors of this story", "Other actors"), menu.select("optgroup").eachAttr("label"));
    List<String> own = menu.select("optgroup").get(0).select("option").eachText();
    assertTrue(own.contains("Vladimir Putin"), own.toString());
    assertTrue(
        menu.select("optgroup").get(1).select("option").eachText().contains("Yevgeny Prigozhin"),
        "an actor of no incident of this story comes after");
    assertEquals("true", menu.attr("data-search"), "marked for the script that narrows it");

    Document plain = admin.page("/admin/incidents/new");
    assertTrue(
        plain.select("#f-actors-0--actor_id optgroup").isEmpty(),
        "no story chosen yet: one plain menu");
    assertTrue(
        plain.select("#f-actors-0--actor_id option").eachText().contains("Yevgeny Prigozhin"));

    String script = form.selectFirst("script[src^=/static/js/menus.]").attr("src");
    HttpResponse<String> served = admin.get(script);
    assertEquals(200, served.statusCode());
    assertTrue(
        served.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
    assertTrue(served.body().contains("select[data-search]"));
  }

  @Test
  void createAndAddAnotherOpensTheNextEmptyFormInTheSameStory() {
    AdminClient admin = AdminClient.signedInAdmin(APP);
    Map<String, List<String>> actor = admin.form("/admin/actors/new", "/admin/actors");
    actor.put("name", List.of("Sergei Shoigu"));
    actor.put("kind", List.of("person"));
    actor.put("_then", List.of("another"));
    HttpResponse<String> saved = admin.post("/admin/actors", actor);
    assertEquals(303, saved.statusCode());
    assertEquals("/admin/actors/new", saved.headers().firstValue("Location").orElseThrow());
    Document next = admin.page("/admin/actors/new");
    assertEquals("Saved the new actor “Sergei Shoigu”.", next.selectFirst(".flash").text());
    assertEquals("", next.selectFirst("#f-name").val(), "an empty form");
    assertEquals(1, count("actors", "Sergei Shoigu"));

    String storyId = NewEntries.idOf(Seed.admin(APP, "stories", "ukraine-ceasefire"));
    Map<String, List<String>> form =
        NewEntries.incidentForm(APP, admin, storyId, "Shoigu inspects troops");
    form.put("_then", List.of("another"));
    HttpResponse<String> incident = admin.post("/admin/incidents", form);
    assertEquals(303, incident.statusCode(), incident.body());
    String location = incident.headers().firstValue("Location").orElseThrow();
    assertEquals("/admin/incidents/new?story_id=" + storyId, location, "in the same story");
    assertEquals(storyId, selected(admin.page(location), "#f-story_id"));
  }

  private static Document created(
      AdminClient admin, Map<String, List<String>> form, String message) {
    HttpResponse<String> response = admin.post("/admin/incidents", form);
    Document page = Jsoup.parse(response.body());
    assertEquals(200, response.statusCode(), page.select(".field-error").text());
    assertTrue(page.text().contains(message), "says so: " + page.select(".flash").text());
    assertEquals(0, count("incidents", "Column stops near Tula"), "the incident is not saved yet");
    return page;
  }

  private static String selected(Document page, String select) {
    Element option = page.selectFirst(select + " option[selected]");
    return option == null ? "" : option.val();
  }

  private static long id(String table, String name) {
    String column = table.equals("sources") ? "title" : "name";
    return APP.jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT id FROM " + table + " WHERE " + column + " = :name")
                    .bind("name", name)
                    .mapTo(Long.class)
                    .one());
  }

  private static int count(String table, String name) {
    String column = table.equals("incidents") || table.equals("sources") ? "title" : "name";
    return APP.jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT COUNT(*) FROM " + table + " WHERE " + column + " = :name")
                    .bind("name", name)
                    .mapTo(Integer.class)
                    .one());
  }
}
