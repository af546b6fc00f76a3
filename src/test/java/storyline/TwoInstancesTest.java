package storyline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import storyline.support.AdminClient;
import storyline.support.Seed;
import storyline.support.TestApp;
import storyline.support.TestDatabases;

/**
 * Two instances of the site on one database, as behind a load balancer: any instance serves any
 * editor, a save on one shows on the other's pages, feeds and exports at once, whatever each keeps
 * in memory, a stale version is caught whichever instance saved first, sign-in lockouts count
 * across both, and two instances starting together migrate and seed once. The run on PostgreSQL
 * ({@code scripts/test-on-postgres}) is the one that matters in production; on H2 the two instances
 * share one in-memory database.
 */
class TwoInstancesTest {
  @RegisterExtension
  @Order(1)
  static final TestApp FIRST = new TestApp();

  @RegisterExtension
  @Order(2)
  static final TestApp SECOND = TestApp.besides(FIRST);

  private static final String INCIDENT = "kharkiv-substation-drone-strikes";

  @Test
  void anEditorSignedInOnOneInstanceIsSignedInOnTheOther() {
    AdminClient editor = AdminClient.signedInAdmin(FIRST);
    AdminClient same = editor.on(SECOND);
    assertEquals(200, same.get("/admin").statusCode());
    // A form loaded from one instance is accepted by the other: its token is the session's.
    String place = Seed.admin(FIRST, "places", "kharkiv");
    Map<String, List<String>> form = editor.form(place + "/edit", place);
    form.put("note", List.of("Saved through the other instance."));
    assertEquals(303, same.post(place, form).statusCode());
  }

  @Test
  void aCorrectionSavedOnOneInstanceIsOnTheOthersPagesFeedsAndExportsAtOnce() {
    List<String> readerPaths =
        List.of("/stories/ukraine-ceasefire", "/incidents", "/feed.xml", "/incidents.csv");
    for (String path : readerPaths) {
      assertEquals(200, FIRST.get(path).statusCode(), path);
      assertEquals(200, FIRST.get(path).statusCode(), path + ", kept in memory by now");
    }
    AdminClient editor = AdminClient.signedInAdmin(SECOND);
    String incident = Seed.admin(SECOND, "incidents", INCIDENT);
    Map<String, List<String>> form = editor.form(incident + "/edit", incident);
    form.put("title", List.of("Drones strike substations in Kharkiv, as corrected on the second"));
    form.put("correction", List.of("on"));
    form.put("note", List.of("The strike hit substations, not one substation."));
    assertEquals(303, editor.post(incident, form).statusCode());

    for (String path : readerPaths) {
      HttpResponse<String> read = FIRST.get(path);
      assertEquals(200, read.statusCode(), path);
      assertTrue(
          read.body().contains("as corrected on the second"), path + " shows the correction");
    }
  }

  @Test
  void aTypeRenamedOnOneInstanceIsRenamedOnTheOthersPagesAtOnce() {
    String path = "/incidents/" + INCIDENT;
    assertEquals(200, FIRST.get(path).statusCode());
    assertEquals("Strike", FIRST.page(path).selectFirst("dd .type").text(), "kept in memory");
    AdminClient editor = AdminClient.signedInAdmin(SECOND);
    String strike = Seed.admin(SECOND, "incident_types", "strike");
    assertEquals(
        303, editor.submit(strike + "/edit", strike, Map.of("label", "Air strike")).statusCode());
    assertEquals(
        "Air strike",
        FIRST.page(path).selectFirst("dd .type").text(),
        "the first instance reads the types again once the change counter moves");
    assertTrue(FIRST.get("/incidents.csv?type=strike").body().contains(INCIDENT));
    assertEquals(
        303, editor.submit(strike + "/edit", strike, Map.of("label", "Strike")).statusCode());
  }

  @Test
  void aStaleVersionIsCaughtWhicheverInstanceSavedFirst() {
    String incident = Seed.admin(FIRST, "incidents", INCIDENT);
    AdminClient alice = AdminClient.signedInAdmin(FIRST);
    AdminClient bob = AdminClient.signedInAdmin(SECOND);
    Map<String, List<String>> aliceForm = alice.form(incident + "/edit", incident);
    Map<String, List<String>> bobForm = bob.form(incident + "/edit", incident);
    aliceForm.put("summary", List.of("Alice's summary, saved on the first instance."));
    assertEquals(303, alice.post(incident, aliceForm).statusCode());
    bobForm.put("summary", List.of("Bob's summary, saved on the second."));
    assertEquals(409, bob.post(incident, bobForm).statusCode());
  }

  @Test
  void signInFailuresCountAcrossInstances() {
    for (int i = 0; i < 5; i++) {
      assertEquals(422, new AdminClient(FIRST).signIn("guesser", "wrong " + i).statusCode());
    }
    assertEquals(
        429,
        new AdminClient(SECOND).signIn("guesser", "wrong again").statusCode(),
        "the second instance knows of the first's five failures");
  }

  @Test
  void twoInstancesStartingTogetherMigrateAndSeedOnce() throws Exception {
    TestDatabases.Fresh database = TestDatabases.fresh();
    Config config = TestDatabases.config(database, true, 1);
    ExecutorService starters = Executors.newFixedThreadPool(2);
    List<App> apps = new ArrayList<>();
    try {
      List<Future<App>> started = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        started.add(starters.submit(() -> new App(config, Clock.systemUTC()).start()));
      }
      for (Future<App> app : started) {
        apps.add(app.get());
      }
      var jdbi = apps.get(0).jdbi();
      assertEquals(1, count(jdbi, "SELECT COUNT(*) FROM stories"), "the seed, once");
      assertEquals(1, count(jdbi, "SELECT COUNT(*) FROM editors"), "the first admin, once");
      assertEquals(
          count(
              jdbi, "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL"),
          count(jdbi, "SELECT COUNT(DISTINCT \"version\") FROM \"flyway_schema_history\""),
          "each migration ran once");
    } finally {
      starters.shutdownNow();
      apps.forEach(App::stop);
    }
  }

  private static long count(org.jdbi.v3.core.Jdbi jdbi, String sql) {
    return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
  }
}
