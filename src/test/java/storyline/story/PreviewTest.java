package storyline.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
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
 * An editor previews a draft story, and an incident of it, exactly as readers will see them once
 * published; readers still see nothing of either, before or after.
 */
class PreviewTest {
  @RegisterExtension static final TestApp APP = new TestApp();

  @Test
  void anEditorPreviewsADraftThatReadersCannotSee() {
    AdminClient admin = AdminClient.signedInAdmin(APP);
    String storyEdit =
        NewEntries.draftStory(admin, "Mutiny on the road to Moscow", "A column moves north.");
    String storyId = NewEntries.idOf(storyEdit);
    String incident = PublicationTest.addIncident(APP, admin, storyId, "Column stops near Tula");
    String feedTag = APP.get("/feed.xml").headers().firstValue("ETag").orElseThrow();
    String home = APP.get("/").body();

    String storyPreview = link(admin.page(storyEdit), "Preview");
    assertEquals("/admin/stories/" + storyId + "/preview", storyPreview);
    HttpResponse<String> shown = admin.get(storyPreview);
    assertEquals(200, shown.statusCode());
    assertEquals("no-store", shown.headers().firstValue("Cache-Control").orElse(""));
    Document page = Jsoup.parse(shown.body());
    assertEquals("Mutiny on the road to Moscow", page.selectFirst(".story-head h1").text());
    assertTrue(
        page.select(".incidents h4, .incidents h3").eachText().contains("Column stops near Tula"),
        "the draft's incidents, as on the published page: " + page.select(".incidents").text());
    assertTrue(page.selectFirst(".story-head .meta").text().contains("1 incident"));
    Element banner = page.selectFirst(".preview-banner");
    assertNotNull(banner, "marked as a preview");
    assertTrue(banner.text().startsWith("Preview."), banner.text());
    assertEquals(storyEdit, banner.selectFirst("a").attr("href"));
    assertEquals("noindex, nofollow", page.selectFirst("meta[name=robots]").attr("content"));

    String incidentPreview = link(admin.page(incident + "/edit"), "Preview");
    Document incidentPage = Jsoup.parse(admin.get(incidentPreview).body());
    assertEquals("Column stops near Tula", incidentPage.selectFirst("main h1").text());
    assertNotNull(incidentPage.selectFirst(".preview-banner"));

    String slug = "mutiny-on-the-road-to-moscow";
    assertEquals(404, APP.get("/stories/" + slug).statusCode(), "readers: still a draft");
    assertEquals(404, APP.get("/incidents/column-stops-near-tula").statusCode());
    assertEquals(home, APP.get("/").body(), "the home page is as it was");
    assertEquals(
        feedTag,
        APP.get("/feed.xml").headers().firstValue("ETag").orElseThrow(),
        "a preview is not a change");
    assertEquals(
        "draft",
        APP.jdbi()
            .withHandle(
                h ->
                    h.createQuery("SELECT status FROM stories WHERE slug = :slug")
                        .bind("slug", slug)
                        .mapTo(String.class)
                        .one()),
        "the story is still a draft");
    assertFalse(
        APP.get("/sitemap.xml").body().contains(slug), "the sitemap does not list the draft");
  }

  @Test
  void onlyEditorsPreviewAndOnlyWhatExists() {
    HttpResponse<String> anonymous =
        APP.get(Seed.admin(APP, "stories", "ukraine-ceasefire") + "/preview");
    assertTrue(
        anonymous.statusCode() == 302 || anonymous.statusCode() == 303,
        "sent to sign in: " + anonymous.statusCode());
    assertFalse(anonymous.body().contains("preview-banner"));
    AdminClient admin = AdminClient.signedInAdmin(APP);
    assertEquals(404, admin.get("/admin/stories/999999/preview").statusCode());
    assertEquals(404, admin.get("/admin/incidents/x/preview").statusCode());
  }

  private static String link(Document page, String text) {
    return page.select("a").stream()
        .filter(a -> a.text().equals(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no link " + text + " in " + page.select("a")))
        .attr("href");
  }
}
