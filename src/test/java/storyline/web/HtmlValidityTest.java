package storyline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import storyline.support.AdminClient;
import storyline.support.HtmlChecker;
import storyline.support.Seed;
import storyline.support.TestApp;

/** Every kind of page is valid HTML: zero errors from the Nu HTML Checker. */
class HtmlValidityTest {
  @RegisterExtension static final TestApp APP = TestApp.shared();

  static final List<String> PAGES =
      List.of(
          "/",
          "/stories/ukraine-ceasefire",
          "/actors",
          "/actors/dan-scavino",
          "/actors/ukraine",
          "/incidents",
          "/incidents?type=strike&place=belgorod&q=fuel&sort=oldest",
          "/incidents?type=sanctions",
          "/incidents/belgorod-fuel-depot-rail-strikes",
          "/incidents/energy-infrastructure-truce",
          "/incidents/next-round-of-talks",
          "/places",
          "/places/kharkiv",
          "/places/washington",
          "/search",
          "/search?q=putin+kharkiv",
          "/search?q=zzzz",
          "/incidents?from=not-a-date",
          "/no/such/page");

  @Test
  void everyKindOfPageIsValidHtml() throws Exception {
    Map<String, String> pages = new LinkedHashMap<>();
    for (String path : PAGES) {
      pages.put(path, APP.get(path).body());
    }
    List<HtmlChecker.Problem> problems = new HtmlChecker().check(pages);
    assertEquals(List.of(), problems);
  }

  /** Every kind of admin page, for seed entries found by slug once the app is up. */
  static List<String> adminPages() {
    return List.of(
        "/admin",
        "/admin/stories",
        "/admin/stories/new",
        Seed.admin(APP, "stories", "ukraine-ceasefire") + "/edit",
        "/admin/incidents?q=kharkiv",
        "/admin/incidents/new",
        Seed.admin(APP, "incidents", "belgorod-fuel-depot-rail-strikes") + "/edit",
        Seed.admin(APP, "incidents", "belgorod-fuel-depot-rail-strikes") + "/history?from=1&to=1",
        Seed.admin(APP, "actors", "ukraine") + "/edit",
        Seed.admin(APP, "places", "kharkiv") + "/edit",
        Seed.first(APP, "sources") + "/edit",
        Seed.first(APP, "quotes") + "/edit",
        "/admin/quotes?show=archived",
        "/admin/incident_types",
        "/admin/incident_types/new",
        Seed.first(APP, "incident_types") + "/edit",
        "/admin/editors",
        "/admin/editors/new",
        Seed.admin(APP, "editors", "admin") + "/edit",
        "/admin/account");
  }

  @Test
  void adminPagesAndFailedFormsAreValidHtml() throws Exception {
    AdminClient admin = AdminClient.signedInAdmin(APP);
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("/admin/login", APP.get("/admin/login").body());
    for (String path : adminPages()) {
      pages.put(path, admin.get(path).body());
    }
    Map<String, List<String>> bad =
        admin.form(
            Seed.admin(APP, "incidents", "belgorod-fuel-depot-rail-strikes") + "/edit",
            Seed.admin(APP, "incidents", "belgorod-fuel-depot-rail-strikes"));
    bad.put("title", List.of(""));
    bad.put("claims[0].text", List.of(""));
    pages.put(
        "422 incident form",
        admin.post(Seed.admin(APP, "incidents", "belgorod-fuel-depot-rail-strikes"), bad).body());
    Map<String, List<String>> stale =
        admin.form(
            Seed.admin(APP, "stories", "ukraine-ceasefire") + "/edit",
            Seed.admin(APP, "stories", "ukraine-ceasefire"));
    stale.put("version", List.of("0"));
    pages.put(
        "409 story form",
        admin.post(Seed.admin(APP, "stories", "ukraine-ceasefire"), stale).body());
    pages.put("changes", APP.get("/stories/ukraine-ceasefire/changes?since=2020-01-01").body());
    assertEquals(List.of(), new HtmlChecker().check(pages));
  }

  @Test
  void theCheckerReallyReportsInvalidHtml() throws Exception {
    List<HtmlChecker.Problem> problems =
        new HtmlChecker()
            .check(
                Map.of("broken", "<!DOCTYPE html><html lang=en><title>x</title><p><div></span>"));
    assertFalse(problems.isEmpty());
  }
}
