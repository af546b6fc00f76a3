package storyline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
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

  @Test
  void theCheckerReallyReportsInvalidHtml() throws Exception {
    List<HtmlChecker.Problem> problems =
        new HtmlChecker()
            .check(
                Map.of("broken", "<!DOCTYPE html><html lang=en><title>x</title><p><div></span>"));
    assertFalse(problems.isEmpty());
  }
}
