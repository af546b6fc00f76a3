package storyline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import storyline.support.AdminClient;
import storyline.support.TestApp;

/**
 * What an editor's text, or a reader's request, can do to a page, a feed or the log: nothing that
 * breaks them. Each test here is one finding of the hardening review.
 */
class OutputSafetyTest {
  @RegisterExtension static final TestApp APP = new TestApp();

  @Test
  void charactersXmlForbidsNeitherFailAFilterNorAreStored() {
    for (String q : List.of("%00", "%01", "%08", "%EF%BF%BE", "%EF%BF%BF")) {
      for (String feed : List.of("/incidents/feed.xml", "/incidents/feed.atom", "/incidents")) {
        assertEquals(200, APP.get(feed + "?q=" + q).statusCode(), feed + "?q=" + q);
      }
    }
    AdminClient admin = AdminClient.signedInAdmin(APP);
    HttpResponse<String> saved =
        admin.submit(
            "/admin/places/new",
            "/admin/places",
            Map.of(
                "name", "Odesa\uFFFF\u0000 port",
                "country", "Ukraine",
                "latitude", "46.48",
                "longitude", "30.72"));
    assertEquals(303, saved.statusCode(), saved.body());
    assertEquals(
        1,
        (int)
            APP.jdbi()
                .withHandle(
                    h ->
                        h.createQuery("SELECT COUNT(*) FROM places WHERE name = 'Odesa port'")
                            .mapTo(Integer.class)
                            .one()));
  }

  @Test
  void feedsNeverFailOnWhatOlderVersionsStored() throws Exception {
    APP.jdbi()
        .useHandle(
            h ->
                h.createUpdate(
                        """
                        INSERT INTO revisions (entity_type, entity_id, version, at, action, kind,
                                               headline, story_id, snapshot, note)
                        SELECT 'story', id, 99, :at, 'update', 'correction',
                               :headline, id, '{}', '' FROM stories
                        """)
                    .bind("at", APP.clock().instant().plusSeconds(60)) // after publication
                    .bind("headline", "Broken \uFFFF headline cut through an emoji \uD83D")
                    .execute());
    for (String feed : List.of("/feed.xml", "/feed.atom", "/stories/ukraine-ceasefire/feed.xml")) {
      HttpResponse<String> response = APP.get(feed);
      assertEquals(200, response.statusCode(), feed);
      assertTrue(response.body().contains("Broken  headline cut through an emoji"), feed);
      DocumentBuilderFactory.newInstance()
          .newDocumentBuilder()
          .parse(
              new java.io.ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
    }
  }

  @Test
  void rssCarriesEditorTextInTitlesAndCategoriesEscapedAsReadersExpect() {
    AdminClient admin = AdminClient.signedInAdmin(APP);
    String edit =
        admin
            .page("/admin/incidents")
            .selectFirst("a[href~=^/admin/incidents/\\d+/edit$]")
            .attr("href");
    HttpResponse<String> saved =
        admin.submit(
            edit,
            edit.replace("/edit", ""),
            Map.of(
                "title",
                "<b>Bold</b> & Co",
                "note",
                "A title with markup in it.",
                "correction",
                "on"));
    assertEquals(303, saved.statusCode(), saved.body());
    String rss = APP.get("/feed.xml").body();
    assertTrue(rss.contains("&amp;lt;b&amp;gt;Bold&amp;lt;/b&amp;gt; &amp;amp; Co"), rss);
    String atom = APP.get("/feed.atom").body();
    assertTrue(atom.contains("&lt;b&gt;Bold&lt;/b&gt; &amp; Co"), "Atom titles are plain text");
    assertFalse(atom.contains("&amp;lt;b&amp;gt;"), "and escaped once only");
    String filtered = APP.get("/incidents/feed.xml?q=%3Ci%3Eitalic%3C%2Fi%3E").body();
    assertTrue(filtered.contains("&amp;lt;i&amp;gt;italic"), filtered);
  }

  @Test
  void lengthsAreCheckedAndStoredInTheSameCharacters() {
    AdminClient admin = AdminClient.signedInAdmin(APP);
    String name = "😀".repeat(200);
    HttpResponse<String> saved =
        admin.submit(
            "/admin/places/new",
            "/admin/places",
            Map.of("name", name, "country", "Ukraine", "latitude", "45.0", "longitude", "34.0"));
    assertEquals(303, saved.statusCode(), saved.body());
    HttpResponse<String> tooLong =
        admin.submit(
            "/admin/places/new",
            "/admin/places",
            Map.of(
                "name", "😀".repeat(201), "country", "x", "latitude", "45.0", "longitude", "34.0"));
    assertEquals(422, tooLong.statusCode());
    assertTrue(tooLong.body().contains("at most 200 characters; this is 201"), tooLong.body());
  }

  @Test
  void farOffDatesAreRefusedInFormsAndFilters() {
    AdminClient admin = AdminClient.signedInAdmin(APP);
    String edit =
        admin
            .page("/admin/incidents")
            .selectFirst("a[href~=^/admin/incidents/\\d+/edit$]")
            .attr("href");
    for (String date : List.of("9999-12-31", "0000-01-01", "1899-12-31", "2101-01-01")) {
      HttpResponse<String> refused =
          admin.submit(edit, edit.replace("/edit", ""), Map.of("occurred_on", date));
      assertEquals(422, refused.statusCode(), date);
      assertTrue(refused.body().contains("must be between 1900-01-01 and 2100-12-31"), date);
      assertEquals(400, APP.get("/incidents?from=" + date).statusCode(), date);
    }
    assertEquals(200, APP.get("/stories/ukraine-ceasefire").statusCode());
  }

  @Test
  void twoEditorsCreatingTheSameTitleAtOnceBothSave() throws Exception {
    int editors = 6;
    List<AdminClient> clients = new ArrayList<>();
    List<Map<String, List<String>>> forms = new ArrayList<>();
    for (int i = 0; i < editors; i++) {
      AdminClient client = AdminClient.signedInAdmin(APP);
      Map<String, List<String>> form = client.form("/admin/places/new", "/admin/places");
      form.put("name", List.of("Same name at once"));
      form.put("country", List.of("Ukraine"));
      form.put("latitude", List.of("49.0"));
      form.put("longitude", List.of("32.0"));
      form.put("confirm_duplicate", List.of("true")); // each has seen the warning and goes on
      clients.add(client);
      forms.add(form);
    }
    ExecutorService pool = Executors.newFixedThreadPool(editors);
    try {
      List<Future<HttpResponse<String>>> answers = new ArrayList<>();
      for (int i = 0; i < editors; i++) {
        int n = i;
        answers.add(pool.submit(() -> clients.get(n).post("/admin/places", forms.get(n))));
      }
      for (Future<HttpResponse<String>> answer : answers) {
        assertEquals(303, answer.get().statusCode(), answer.get().body());
      }
    } finally {
      pool.shutdownNow();
    }
    List<String> slugs =
        APP.jdbi()
            .withHandle(
                h ->
                    h.createQuery("SELECT slug FROM places WHERE name = 'Same name at once'")
                        .mapTo(String.class)
                        .list());
    assertEquals(editors, slugs.size());
    assertEquals(editors, new HashSet<>(slugs).size(), "each its own slug: " + slugs);
  }

  @Test
  void markdownDropsDataAndScriptLinks() {
    String html =
        new Markdown()
            .toSafeHtml(
                "[a](data:text/html;base64,PHNjcmlwdD4=) [b](javascript:x) [c](https://x.org)");
    assertFalse(html.contains("data:"), html);
    assertFalse(html.contains("javascript:"), html);
    assertTrue(html.contains("href=\"https://x.org\""), html);
  }

  @Test
  void aRenamedDraftDoesNotLeakItsNewSlugThroughTheOldOne() {
    AdminClient admin = AdminClient.signedInAdmin(APP);
    HttpResponse<String> created =
        admin.submit(
            "/admin/stories/new",
            "/admin/stories",
            Map.of(
                "title", "Secret draft",
                "slug", "secret-draft",
                "summary", "Not yet public.",
                "status", "draft"));
    assertEquals(303, created.statusCode(), created.body());
    String edit = created.headers().firstValue("Location").orElseThrow();
    assertEquals(
        303,
        admin
            .submit(edit, edit.replace("/edit", ""), Map.of("slug", "embargoed-new-name"))
            .statusCode());
    HttpResponse<String> old = APP.get("/stories/secret-draft");
    assertEquals(404, old.statusCode());
    assertFalse(old.headers().firstValue("Location").isPresent());
    assertFalse(old.body().contains("embargoed-new-name"));
  }

  @Test
  void jettysOwnErrorsCarryTheSecurityHeaders() {
    HttpResponse<String> tooLong = APP.get("/incidents?q=" + "a".repeat(20_000));
    assertEquals(414, tooLong.statusCode());
    assertTrue(
        tooLong.headers().firstValue("Content-Security-Policy").isPresent(), "CSP on Jetty's 414");
    assertEquals("nosniff", tooLong.headers().firstValue("X-Content-Type-Options").orElse(""));
  }

  @Test
  void jettyClosesTheConnectionAfterARequestItCannotParseAndSaysSo() {
    for (String path : List.of("/incidents?q=" + "a".repeat(20_000), "/places/%00/feed.xml")) {
      HttpResponse<String> refused = APP.get(path);
      String what = path.substring(0, 20);
      assertTrue(refused.statusCode() == 400 || refused.statusCode() == 414, what);
      assertEquals("close", refused.headers().firstValue("Connection").orElse(""), what);
      assertEquals(200, APP.get("/").statusCode(), "the next request, on a new connection");
    }
  }

  @Test
  void theRequestLogHasOneEscapedLinePerRequestAndNoSecrets() throws Exception {
    APP.get("/incidents%0A2026-12-02%20INFO%20forged%20line?password=hunter2");
    AdminClient.signedInAdmin(APP);
    String log = "";
    for (int i = 0; i < 50 && !log.contains("forged"); i++) {
      Thread.sleep(50);
      log = APP.requestLog();
    }
    Matcher line =
        Pattern.compile("(?m)^request GET (/incidents.*forged line) 404 [0-9.]+ ms$").matcher(log);
    assertTrue(line.find(), log);
    assertTrue(line.group(1).contains("\\u000a"), "the line break is written as an escape");
    assertFalse(log.contains("\n2026-12-02 INFO forged"), log);
    assertTrue(log.contains("request POST /admin/login 303 "), log);
    assertFalse(log.contains("hunter2"), "no query");
    assertFalse(log.contains(TestApp.ADMIN_PASSWORD), "no form field");
  }

  @Test
  void anUnexpectedErrorShowsAReferenceThatFindsItInTheLog() {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      // A row no version of the app could write: its precision is none the app knows.
      APP.jdbi()
          .useHandle(
              h -> {
                h.execute("ALTER TABLE incidents DROP CONSTRAINT incidents_precision_check");
                h.execute(
                    "UPDATE incidents SET precision = 'nonsense' WHERE slug = 'trump-putin-call'");
              });
      HttpResponse<String> failed = APP.get("/incidents/trump-putin-call");
      assertEquals(500, failed.statusCode());
      Matcher reference = Pattern.compile("reference ([0-9a-f]{8})").matcher(failed.body());
      assertTrue(reference.find(), failed.body());
      assertFalse(failed.body().contains("Exception"), "no stack trace for readers");
      String log = captured.toString(StandardCharsets.UTF_8);
      assertTrue(log.contains("(reference " + reference.group(1) + ")"), log);
      assertTrue(log.contains("  | "), "the stack trace is in the log");
    } finally {
      APP.jdbi()
          .useHandle(
              h ->
                  h.execute(
                      "UPDATE incidents SET precision = 'day' WHERE slug = 'trump-putin-call'"));
      System.setErr(original);
    }
  }
}
