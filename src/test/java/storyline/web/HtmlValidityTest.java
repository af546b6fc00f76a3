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
import storyline.support.TestApp;

/** Every kind of page is valid HTML: zero errors from the Nu HTML Checker. */
class HtmlValidityTest {
  @RegisterExtension static final TestApp APP = new TestApp();

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

  static final List<String> ADMIN_PAGES =
      List.of(
          "/admin",
          "/admin/stories",
          "/admin/stories/new",
          "/admin/stories/1/edit",
          "/admin/incidents?q=kharkiv",
          "/admin/incidents/new",
          "/admin/incidents/7/edit",
          "/admin/incidents/7/history?from=1&to=1",
          "/admin/actors/1/edit",
          "/admin/places/1/edit",
          "/admin/sources/1/edit",
          "/admin/quotes/1/edit",
          "/admin/quotes?show=archived",
          "/admin/editors",
          "/admin/editors/new",
          "/admin/editors/1/edit",
          "/admin/account");

  @Test
  void adminPagesAndFailedFormsAreValidHtml() throws Exception {
    AdminClient admin = AdminClient.signedInAdmin(APP);
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("/admin/login", APP.get("/admin/login").body());
    for (String path : ADMIN_PAGES) {
      pages.put(path, admin.get(path).body());
    }
    Map<String, List<String>> bad = admin.form("/admin/incidents/7/edit", "/admin/incidents/7");
    bad.put("title", List.of(""));
    bad.put("claims[0].text", List.of(""));
    pages.put("422 incident form", admin.post("/admin/incidents/7", bad).body());
    Map<String, List<String>> stale = admin.form("/admin/stories/1/edit", "/admin/stories/1");
    stale.put("version", List.of("0"));
    pages.put("409 story form", admin.post("/admin/stories/1", stale).body());
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
