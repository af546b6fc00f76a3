package storyline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import storyline.support.AdminClient;
import storyline.support.Seed;
import storyline.support.TestApp;

/** Whatever an editor types, pages show it as text: markup, SQL, emoji, right-to-left script. */
class MarkupAsTextTest {
  @RegisterExtension static final TestApp APP = new TestApp();

  static final String MARKUP = "<img src=x onerror=alert(1)><script>alert(2)</script><b>bold</b>";
  static final String SQL = "Robert'); DROP TABLE incidents;--";
  static final String EMOJI = "🕊️ Truce 🇺🇦";
  static final String RTL = "وقف إطلاق النار";

  @Test
  void typedMarkupSqlEmojiAndRightToLeftTextAreStoredAndShownAsTyped() {
    AdminClient admin = AdminClient.signedInAdmin(APP);
    String title = MARKUP + " " + SQL;
    String summary = EMOJI + " — " + RTL + " " + MARKUP;
    assertEquals(
        303,
        admin
            .submit(
                Seed.admin(APP, "incidents", "trump-zelenskyy-call") + "/edit",
                Seed.admin(APP, "incidents", "trump-zelenskyy-call"),
                Map.of("title", title, "summary", summary, "slug", "trump-zelenskyy-call"))
            .statusCode());
    assertEquals(
        303,
        admin
            .submit(
                Seed.admin(APP, "actors", "dan-scavino") + "/edit",
                Seed.admin(APP, "actors", "dan-scavino"),
                Map.of("role", MARKUP, "description", RTL))
            .statusCode());
    assertEquals(
        303,
        admin
            .submit(
                Seed.admin(APP, "stories", "ukraine-ceasefire") + "/edit",
                Seed.admin(APP, "stories", "ukraine-ceasefire"),
                Map.of("summary", SQL + " " + MARKUP))
            .statusCode());

    for (String path :
        List.of(
            "/",
            "/stories/ukraine-ceasefire",
            "/incidents",
            "/incidents/trump-zelenskyy-call",
            "/actors/dan-scavino",
            "/actors",
            "/search?q=robert",
            "/places/washington",
            "/stories/ukraine-ceasefire/changes")) {
      Document page = APP.page(path);
      assertTrue(
          page.select("main img, main b, main script").isEmpty(),
          "markup became elements on " + path);
      assertTrue(
          page.select("script").stream()
              .allMatch(s -> s.attr("type").equals("application/ld+json")),
          path);
    }
    Document incident = APP.page("/incidents/trump-zelenskyy-call");
    assertEquals(title, incident.selectFirst("h1").text());
    assertEquals(summary, incident.selectFirst("main .lede").text());
    Document actor = APP.page("/actors/dan-scavino");
    assertTrue(actor.text().contains(RTL));
    assertEquals(MARKUP, actor.selectFirst(".facts-table dd").text());
    for (String path :
        List.of(
            "/admin/incidents",
            Seed.admin(APP, "incidents", "trump-zelenskyy-call") + "/edit",
            Seed.admin(APP, "incidents", "trump-zelenskyy-call") + "/history",
            "/admin")) {
      assertTrue(
          admin
              .page(path)
              // The admin's own script, from static/, is the one script the form may carry.
              .select("main img, main b:not(.admin-bar b), main script:not([src^=/static/js/])")
              .isEmpty(),
          path);
    }
    assertEquals(
        18,
        (int)
            APP.jdbi()
                .withHandle(
                    h ->
                        h.createQuery("SELECT COUNT(*) FROM incidents")
                            .mapTo(Integer.class)
                            .one()));
  }
}
