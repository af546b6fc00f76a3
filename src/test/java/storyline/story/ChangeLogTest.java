package storyline.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import storyline.support.AdminClient;
import storyline.support.Seed;
import storyline.support.TestApp;

/** Story and incident pages say what changed, when, and why. */
class ChangeLogTest {
  @RegisterExtension static final TestApp APP = new TestApp();

  @Test
  void aStatusChangeIsListedAsSuchWithTheEditorsNote() {
    APP.clock().advance(Duration.ofDays(3));
    String savedAt = APP.clock().instant().toString();
    AdminClient admin = AdminClient.signedInAdmin(APP);
    admin.submit(
        Seed.admin(APP, "incidents", "dnipro-substation-drone-strikes") + "/edit",
        Seed.admin(APP, "incidents", "dnipro-substation-drone-strikes"),
        Map.of("verification", "confirmed", "note", "Confirmed by the grid operator."));

    Document incident = APP.page("/incidents/dnipro-substation-drone-strikes");
    Element latest = incident.selectFirst(".changes li");
    assertEquals("Status changed", latest.selectFirst(".badge").text());
    assertTrue(latest.text().contains("Status changed: claimed → confirmed"), latest.text());
    assertTrue(latest.selectFirst(".note").text().contains("Confirmed by the grid operator."));
    assertEquals(savedAt, incident.selectFirst("main .meta time").attr("datetime"), "last changed");

    Document story = APP.page("/stories/ukraine-ceasefire");
    assertTrue(story.selectFirst(".changes li").text().contains("claimed → confirmed"));
    assertEquals(
        savedAt, story.selectFirst(".story-head .meta time").attr("datetime"), "story updated");
  }

  @Test
  void aCorrectionIsListedAsACorrection() {
    AdminClient admin = AdminClient.signedInAdmin(APP);
    admin.submit(
        Seed.admin(APP, "incidents", "zelenskyy-national-address") + "/edit",
        Seed.admin(APP, "incidents", "zelenskyy-national-address"),
        Map.of(
            "summary",
            "In a national address, Zelenskyy said a temporary ceasefire means nothing if Russia uses it to regroup.",
            "correction",
            "true",
            "note",
            "The quote was paraphrased wrongly."));
    Element latest = APP.page("/incidents/zelenskyy-national-address").selectFirst(".changes li");
    assertEquals("Correction", latest.selectFirst(".badge").text());
    assertTrue(latest.text().contains("The quote was paraphrased wrongly."));
  }

  @Test
  void changesSinceADateListOnlyWhatChangedSinceThen() {
    APP.clock().advance(Duration.ofDays(10));
    AdminClient admin = AdminClient.signedInAdmin(APP);
    admin.submit(
        Seed.admin(APP, "incidents", "eu-speeds-up-aid") + "/edit",
        Seed.admin(APP, "incidents", "eu-speeds-up-aid"),
        Map.of("verification", "confirmed", "note", "EU published the plan."));
    String today = APP.clock().instant().toString().substring(0, 10);
    Document since = APP.page("/stories/ukraine-ceasefire/changes?since=" + today);
    List<String> items = since.select(".changes li").eachText();
    assertEquals(1, items.size(), items.toString());
    assertTrue(items.get(0).contains("EU published the plan."));
    Document all = APP.page("/stories/ukraine-ceasefire/changes");
    assertTrue(all.select(".changes li").size() > 30, "the seed's additions are changes too");
    assertTrue(all.text().contains("Added incident: Trump and Putin discuss a ceasefire by phone"));
  }

  @Test
  void malformedSinceIs400() {
    assertEquals(400, APP.get("/stories/ukraine-ceasefire/changes?since=last-week").statusCode());
    assertEquals(404, APP.get("/stories/nope/changes").statusCode());
  }
}
