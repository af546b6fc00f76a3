package storyline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import storyline.support.TestApp;

class SiteRoutesTest {
  @RegisterExtension static final TestApp APP = TestApp.shared();

  static final List<String> PUBLIC_PAGES =
      List.of(
          "/",
          "/stories/ukraine-ceasefire",
          "/actors",
          "/actors/vladimir-putin",
          "/incidents",
          "/incidents?type=strike",
          "/incidents/kharkiv-substation-drone-strikes",
          "/places",
          "/places/kharkiv",
          "/search?q=putin");

  @Test
  void healthAnswersWithSmallJsonOnceTheDatabaseIsUp() {
    HttpResponse<String> response = APP.get("/health");
    assertEquals(200, response.statusCode());
    assertTrue(
        response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
    assertEquals("{\"status\":\"ok\",\"database\":\"up\"}", response.body());
  }

  @Test
  void publicPagesSetNoCookieAndCarryTheSecurityHeaders() {
    for (String path : PUBLIC_PAGES) {
      HttpResponse<String> response = APP.get(path);
      assertEquals(200, response.statusCode(), path);
      assertTrue(response.headers().allValues("Set-Cookie").isEmpty(), "cookie set on " + path);
      String csp = response.headers().firstValue("Content-Security-Policy").orElseThrow();
      assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), path);
      assertEquals(
          "nosniff", response.headers().firstValue("X-Content-Type-Options").orElseThrow());
      assertTrue(
          response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
    }
  }

  @Test
  void everyPageHasOneLayoutWithSkipLinkSearchBoxAndNoInlineScriptOrStyle() {
    for (String path : PUBLIC_PAGES) {
      Document page = APP.page(path);
      assertEquals(1, page.select("h1").size(), "one h1 on " + path);
      assertEquals("#main", page.selectFirst("a.skip-link").attr("href"), path);
      assertEquals(1, page.select("main#main").size(), path);
      assertEquals("/search", page.selectFirst("header form[role=search]").attr("action"), path);
      assertTrue(page.select("[style]").isEmpty(), "style attribute on " + path);
      assertTrue(page.select("style").isEmpty(), "style element on " + path);
      assertTrue(
          page.select("script").stream()
              .allMatch(s -> s.attr("type").equals("application/ld+json")),
          "executable inline script on " + path);
      assertFalse(page.title().isBlank(), path);
      assertFalse(page.select("meta[name=description]").attr("content").isBlank(), path);
      assertTrue(
          page.selectFirst("link[rel=canonical]").attr("href").startsWith(TestApp.BASE_URL), path);
      assertFalse(page.select("meta[property=og:title]").attr("content").isBlank(), path);
      assertTrue(
          page.selectFirst("link[rel=stylesheet]")
              .attr("href")
              .matches("/static/css/site\\.[0-9a-f]{8}\\.css"),
          path);
    }
  }

  @Test
  void stylesheetIsServedWithAPrintSection() {
    HttpResponse<String> css = APP.get("/static/css/site.css");
    assertEquals(200, css.statusCode());
    assertTrue(css.body().contains("@media print"));
    assertTrue(css.body().contains(":focus-visible"));
  }

  @Test
  void pagesLinkFingerprintedFilesThatMayBeCachedForAYear() {
    String href = APP.page("/").selectFirst("link[rel=stylesheet]").attr("href");
    HttpResponse<String> fingerprinted = APP.get(href);
    assertEquals(200, fingerprinted.statusCode());
    assertEquals(
        "public, max-age=31536000, immutable",
        fingerprinted.headers().firstValue("Cache-Control").orElseThrow());
    assertEquals(APP.get("/static/css/site.css").body(), fingerprinted.body());
    assertFalse(
        APP.get("/static/css/site.css")
            .headers()
            .firstValue("Cache-Control")
            .orElseThrow()
            .contains("immutable"),
        "the plain name may change its bytes, so it is not cached for long");
    assertEquals(404, APP.get("/static/css/site.00000000.css").statusCode());
  }

  @Test
  void robotsTxtKeepsCrawlersOutOfTheAdmin() {
    HttpResponse<String> robots = APP.get("/robots.txt");
    assertEquals(200, robots.statusCode());
    assertTrue(robots.body().contains("Disallow: /admin"));
  }

  @Test
  void unknownAddressGetsAFriendly404PageWithoutStackTrace() {
    HttpResponse<String> response = APP.get("/no/such/page");
    assertEquals(404, response.statusCode());
    Document page = Jsoup.parse(response.body());
    assertEquals("Page not found", page.selectFirst("h1").text());
    assertFalse(response.body().contains("Exception"));
    assertFalse(response.body().contains("at storyline."));
    assertFalse(response.body().contains("Endpoint GET"));
  }
}
