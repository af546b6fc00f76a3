package storyline.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import storyline.support.AdminClient;
import storyline.support.TestApp;

class PageCacheTest {
  @RegisterExtension static final TestApp APP = new TestApp();

  /** Every public address that shows the incident's title. */
  static final List<String> SHOWING_THE_TITLE =
      List.of(
          "/stories/ukraine-ceasefire",
          "/incidents/trump-putin-call",
          "/incidents",
          "/incidents?story=ukraine-ceasefire",
          "/incidents?actor=vladimir-putin",
          "/actors/vladimir-putin",
          "/feed.xml",
          "/feed.atom",
          "/stories/ukraine-ceasefire/feed.xml",
          "/actors/vladimir-putin/feed.xml",
          "/incidents/feed.xml",
          "/incidents.csv",
          "/incidents.json");

  @Test
  void aSaveShowsOnTheNextReadOfEveryPageFeedAndExportThatShowsIt() {
    for (String path : SHOWING_THE_TITLE) {
      APP.get(path);
      assertEquals(200, APP.get(path).statusCode(), path);
    }
    assertFalse(APP.get("/search?q=ninety").body().contains("/incidents/trump-putin-call"));
    long id = incidentId("trump-putin-call");
    HttpResponse<String> saved =
        AdminClient.signedInAdmin(APP)
            .submit(
                "/admin/incidents/" + id + "/edit",
                "/admin/incidents/" + id,
                Map.of(
                    "title",
                    "Trump and Putin speak for ninety minutes",
                    "correction",
                    "on",
                    "note",
                    "The call's length was known."));
    assertEquals(303, saved.statusCode(), saved.body());
    assertTrue(APP.get("/search?q=ninety").body().contains("/incidents/trump-putin-call"));
    for (String path : SHOWING_THE_TITLE) {
      HttpResponse<String> response = APP.get(path);
      assertEquals(200, response.statusCode(), path);
      assertTrue(
          response.body().contains("Trump and Putin speak for ninety minutes"),
          "stale after the save: " + path);
    }
  }

  @Test
  void aDraftIsNeverServedAndItsPublicationShowsAtOnce() {
    AdminClient admin = AdminClient.signedInAdmin(APP);
    Map<String, List<String>> form = admin.form("/admin/stories/new", "/admin/stories");
    form.put("title", List.of("A story still in draft"));
    form.put("slug", List.of("still-in-draft"));
    form.put("summary", List.of("Not for readers yet."));
    form.put("status", List.of("draft"));
    HttpResponse<String> created = admin.post("/admin/stories", form);
    assertEquals(303, created.statusCode());
    assertEquals(404, APP.get("/stories/still-in-draft").statusCode());
    assertEquals(404, APP.get("/stories/still-in-draft").statusCode());
    assertFalse(APP.get("/").body().contains("A story still in draft"));
    String edit = created.headers().firstValue("Location").orElseThrow();
    HttpResponse<String> published =
        admin.submit(edit, edit.replace("/edit", ""), Map.of("status", "published"));
    assertEquals(303, published.statusCode());
    assertEquals(200, APP.get("/stories/still-in-draft").statusCode());
    assertTrue(APP.get("/").body().contains("A story still in draft"));
  }

  @Test
  void adminPagesAreNeverKeptOrServedFromTheCache() {
    AdminClient admin = AdminClient.signedInAdmin(APP);
    HttpResponse<String> first = admin.get("/admin");
    assertEquals("no-store", first.headers().firstValue("Cache-Control").orElseThrow());
    assertFalse(first.headers().firstValue("ETag").isPresent());
    assertEquals(303, APP.get("/admin").statusCode(), "a reader without a session is sent away");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/stories/ukraine-ceasefire",
        "/incidents?type=strike",
        "/actors/vladimir-putin",
        "/places/kharkiv",
        "/search?q=energy",
        "/feed.xml",
        "/stories/ukraine-ceasefire/card.png"
      })
  void answersCarryAnEtagAndAMatchingConditionalRequestGets304WithoutABody(String path) {
    HttpResponse<String> first = APP.get(path);
    String etag = first.headers().firstValue("ETag").orElseThrow();
    assertTrue(etag.matches("\"[0-9a-f]{32}\""), etag);
    assertTrue(first.headers().firstValue("Cache-Control").orElseThrow().contains("max-age"));
    HttpResponse<String> again =
        APP.send(HttpRequest.newBuilder(APP.uri(path)).header("If-None-Match", etag).build());
    assertEquals(304, again.statusCode(), path);
    assertEquals("", again.body());
    assertEquals(etag, again.headers().firstValue("ETag").orElseThrow());
    HttpResponse<String> other =
        APP.send(
            HttpRequest.newBuilder(APP.uri(path)).header("If-None-Match", "\"other\"").build());
    assertEquals(200, other.statusCode());
  }

  @Test
  void aSaveMakesTheOldEtagOfAPageStale() {
    String path = "/stories/ukraine-ceasefire";
    String etag = APP.get(path).headers().firstValue("ETag").orElseThrow();
    long id = incidentId("dnipro-substation-drone-strikes");
    AdminClient.signedInAdmin(APP)
        .submit(
            "/admin/incidents/" + id + "/edit",
            "/admin/incidents/" + id,
            Map.of("summary", "Drones hit a substation in Dnipro overnight."));
    HttpResponse<String> after =
        APP.send(HttpRequest.newBuilder(APP.uri(path)).header("If-None-Match", etag).build());
    assertEquals(200, after.statusCode());
    assertNotEquals(etag, after.headers().firstValue("ETag").orElseThrow());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/",
        "/stories/ukraine-ceasefire",
        "/incidents",
        "/feed.xml",
        "/incidents.csv",
        "/static/css/site.css",
        "/stories/no-such-story",
        "/incidents?from=not-a-date"
      })
  void headAnswersWithTheStatusAndHeadersOfGetAndNoBody(String path) {
    HttpResponse<String> get = APP.get(path);
    HttpResponse<String> head =
        APP.send(
            HttpRequest.newBuilder(APP.uri(path))
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build());
    assertEquals(get.statusCode(), head.statusCode(), path);
    assertEquals("", head.body());
    for (String header : List.of("Content-Type", "ETag", "Cache-Control", "Last-Modified")) {
      assertEquals(
          get.headers().firstValue(header), head.headers().firstValue(header), header + " " + path);
    }
    if (get.statusCode() == 200 && !path.endsWith(".csv")) {
      assertEquals(
          String.valueOf(get.body().getBytes(StandardCharsets.UTF_8).length),
          head.headers().firstValue("Content-Length").orElseThrow(),
          path);
    }
  }

  @Test
  void readersThatAcceptGzipGetTheSameBytesCompressed() throws IOException {
    String path = "/stories/ukraine-ceasefire";
    byte[] plain = APP.send(HttpRequest.newBuilder(APP.uri(path)).build(), ofBytes()).body();
    HttpResponse<byte[]> gzipped =
        APP.send(
            HttpRequest.newBuilder(APP.uri(path)).header("Accept-Encoding", "gzip, br").build(),
            ofBytes());
    assertEquals("gzip", gzipped.headers().firstValue("Content-Encoding").orElseThrow());
    assertEquals("Accept-Encoding", gzipped.headers().firstValue("Vary").orElseThrow());
    assertTrue(gzipped.body().length < plain.length / 3);
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
      assertArrayEquals(plain, in.readAllBytes());
    }
    String etag = gzipped.headers().firstValue("ETag").orElseThrow();
    HttpResponse<byte[]> refused =
        APP.send(
            HttpRequest.newBuilder(APP.uri(path)).header("Accept-Encoding", "gzip;q=0").build(),
            ofBytes());
    assertFalse(refused.headers().firstValue("Content-Encoding").isPresent());
    assertNotEquals(etag, refused.headers().firstValue("ETag").orElseThrow(), "each form its tag");
  }

  private static HttpResponse.BodyHandler<byte[]> ofBytes() {
    return HttpResponse.BodyHandlers.ofByteArray();
  }

  static long incidentId(String slug) {
    return APP.jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT id FROM incidents WHERE slug = :slug")
                    .bind("slug", slug)
                    .mapTo(Long.class)
                    .one());
  }
}
