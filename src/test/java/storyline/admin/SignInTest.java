package storyline.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import storyline.support.AdminClient;
import storyline.support.Seed;
import storyline.support.TestApp;

class SignInTest {
  @RegisterExtension static final TestApp APP = new TestApp();

  @Test
  void adminPagesSendTheEditorToSignInAndBackAgain() {
    AdminClient client = new AdminClient(APP);
    HttpResponse<String> redirect = client.get("/admin/incidents?q=kharkiv");
    assertEquals(303, redirect.statusCode());
    assertEquals(
        "/admin/login?next=%2Fadmin%2Fincidents%3Fq%3Dkharkiv",
        redirect.headers().firstValue("Location").orElseThrow());
    Map<String, List<String>> form =
        client.form("/admin/login?next=%2Fadmin%2Fincidents%3Fq%3Dkharkiv", "/admin/login");
    form.put("username", List.of("admin"));
    form.put("password", List.of(TestApp.ADMIN_PASSWORD));
    HttpResponse<String> signedIn = client.post("/admin/login", form);
    assertEquals(303, signedIn.statusCode());
    assertEquals(
        "/admin/incidents?q=kharkiv", signedIn.headers().firstValue("Location").orElseThrow());
    assertEquals(200, client.get("/admin/incidents?q=kharkiv").statusCode());
  }

  @Test
  void aPostWithoutASessionChangesNothing() {
    int before =
        APP.jdbi()
            .withHandle(
                h -> h.createQuery("SELECT COUNT(*) FROM stories").mapTo(Integer.class).one());
    HttpResponse<String> response =
        new AdminClient(APP).post("/admin/stories", Map.of("title", List.of("x")));
    assertEquals(403, response.statusCode());
    assertTrue(response.body().contains("action=\"/admin/login\""), "the sign-in form, to go on");
    assertEquals(
        before,
        (int)
            APP.jdbi()
                .withHandle(
                    h -> h.createQuery("SELECT COUNT(*) FROM stories").mapTo(Integer.class).one()));
  }

  @Test
  void sessionCookieIsHttpOnlySameSiteLaxScopedToAdminAndNewAtEachSignIn() {
    AdminClient client = new AdminClient(APP);
    HttpResponse<String> first = client.signIn("admin", TestApp.ADMIN_PASSWORD);
    String cookie = sessionCookie(first);
    assertTrue(cookie.contains("HttpOnly"), cookie);
    assertTrue(cookie.contains("SameSite=Lax"), cookie);
    assertTrue(cookie.contains("Path=/admin"), cookie);
    assertFalse(cookie.contains("Secure"), "plain http site: " + cookie);
    client.submit("/admin", "/admin/logout", Map.of());
    HttpResponse<String> second = client.signIn("admin", TestApp.ADMIN_PASSWORD);
    assertNotEquals(
        value(cookie), value(sessionCookie(second)), "a new session id at each sign-in");
  }

  @Test
  void aSessionIdChosenBeforeSignInIsNeverAdopted() throws Exception {
    var login = APP.get("/admin/login");
    String loginCookie = login.headers().firstValue("Set-Cookie").orElseThrow();
    String token = org.jsoup.Jsoup.parse(login.body()).selectFirst("input[name=_csrf]").val();
    String body =
        "_csrf="
            + token
            + "&username=admin&password="
            + java.net.URLEncoder.encode(
                TestApp.ADMIN_PASSWORD, java.nio.charset.StandardCharsets.UTF_8)
            + "&next=%2Fadmin";
    HttpResponse<String> response =
        APP.send(
            java.net.http.HttpRequest.newBuilder(APP.uri("/admin/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", value(loginCookie) + "; storyline_session=chosen-by-an-attacker")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
                .build());
    assertEquals(303, response.statusCode());
    assertNotEquals("storyline_session=chosen-by-an-attacker", value(sessionCookie(response)));
  }

  @Test
  void adminPagesAreNeverCached() {
    AdminClient client = AdminClient.signedInAdmin(APP);
    for (String path :
        List.of(
            "/admin",
            "/admin/stories",
            Seed.admin(APP, "incidents", "trump-putin-call") + "/edit",
            "/admin/login")) {
      assertEquals(
          "no-store", client.get(path).headers().firstValue("Cache-Control").orElse(""), path);
    }
  }

  @Test
  void wrongPasswordAndUnknownAccountGetTheSameAnswer() {
    HttpResponse<String> wrong = new AdminClient(APP).signIn("admin", "not the password at all");
    HttpResponse<String> unknown =
        new AdminClient(APP).signIn("nobody-here", "not the password at all");
    assertEquals(422, wrong.statusCode());
    assertEquals(422, unknown.statusCode());
    assertEquals(errorOf(wrong), errorOf(unknown));
    assertTrue(
        Jsoup.parse(wrong.body()).selectFirst("#f-username").val().equals("admin"),
        "username kept");
  }

  @Test
  void signInFormWithoutItsTokenIs403() {
    AdminClient client = new AdminClient(APP);
    client.page("/admin/login");
    HttpResponse<String> response =
        client.post(
            "/admin/login",
            Map.of("username", List.of("admin"), "password", List.of(TestApp.ADMIN_PASSWORD)));
    assertEquals(403, response.statusCode());
  }

  @Test
  void signOutEndsTheSession() {
    AdminClient client = AdminClient.signedInAdmin(APP);
    HttpResponse<String> out = client.submit("/admin", "/admin/logout", Map.of());
    assertEquals(303, out.statusCode());
    assertEquals(303, client.get("/admin").statusCode());
  }

  @Test
  void nextMustStayInsideTheAdmin() {
    for (String next :
        List.of("https://evil.example/admin", "//evil.example", "/stories/x", "/admin/login")) {
      AdminClient client = new AdminClient(APP);
      Map<String, List<String>> form = client.form("/admin/login", "/admin/login");
      form.put("username", List.of("admin"));
      form.put("password", List.of(TestApp.ADMIN_PASSWORD));
      form.put("next", List.of(next));
      assertEquals(
          "/admin",
          client.post("/admin/login", form).headers().firstValue("Location").orElseThrow(),
          next);
    }
  }

  static String sessionCookie(HttpResponse<String> response) {
    return response.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("storyline_session=") && !c.startsWith("storyline_session=;"))
        .reduce((a, b) -> b)
        .orElseThrow(() -> new AssertionError("no session cookie in " + response.headers().map()));
  }

  private static String value(String cookie) {
    return cookie.substring(0, cookie.indexOf(';'));
  }

  static String errorOf(HttpResponse<String> response) {
    return Jsoup.parse(response.body()).selectFirst(".error-summary p").text();
  }
}
