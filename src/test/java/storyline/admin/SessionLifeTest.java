package storyline.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import storyline.support.AdminClient;
import storyline.support.TestApp;

/** Sessions live while used and end when left; what was typed survives either way. */
class SessionLifeTest {
  @RegisterExtension static final TestApp APP = new TestApp();

  @Test
  void aSessionInUseOutlivesTheIdleLimitAndEndsWhenLeftAlone() {
    AdminClient editor = AdminClient.signedInAdmin(APP);
    for (int i = 0; i < 8; i++) {
      APP.clock().advance(Duration.ofMinutes(90));
      assertEquals(200, editor.get("/admin").statusCode(), "still signed in after " + i);
    }
    APP.clock().advance(Sessions.IDLE.plusMinutes(1));
    assertEquals(303, editor.get("/admin").statusCode(), "signed out after two idle hours");
  }

  @Test
  void noSessionOutlivesItsLongestLife() {
    AdminClient editor = AdminClient.signedInAdmin(APP);
    for (int i = 0; i < 17; i++) {
      APP.clock().advance(Duration.ofMinutes(90));
      editor.get("/admin");
    }
    assertEquals(303, editor.get("/admin").statusCode(), "24 hours after sign-in");
  }

  @Test
  void aFormSentAfterTheSessionEndedComesBackToBeSavedAfterSigningIn() {
    AdminClient editor = AdminClient.signedInAdmin(APP);
    Map<String, List<String>> form = editor.form("/admin/places/new", "/admin/places");
    form.put("name", List.of("Typed before lunch"));
    form.put("country", List.of("Ukraine"));
    form.put("latitude", List.of("48.5"));
    form.put("longitude", List.of("35.0"));
    APP.clock().advance(Sessions.IDLE.plusMinutes(5));

    HttpResponse<String> ended = editor.post("/admin/places", form);
    assertEquals(403, ended.statusCode());
    Document login = Jsoup.parse(ended.body());
    Element signIn = login.selectFirst("form[action=/admin/login]");
    assertTrue(signIn != null, ended.body());
    assertTrue(ended.body().contains("Typed before lunch"), "carried in the sign-in form");
    assertEquals(0, placesNamed("Typed before lunch"), "nothing saved yet");

    Map<String, List<String>> again = AdminClient.formValues(signIn);
    again.put("username", List.of("admin"));
    again.put("password", List.of(TestApp.ADMIN_PASSWORD));
    HttpResponse<String> resumed = editor.post("/admin/login", again);
    assertEquals(200, resumed.statusCode(), resumed.body());
    Element save = Jsoup.parse(resumed.body()).selectFirst("form[action=/admin/places]");
    assertTrue(save != null, resumed.body());
    HttpResponse<String> saved = editor.post("/admin/places", AdminClient.formValues(save));
    assertEquals(303, saved.statusCode(), saved.body());
    assertEquals(1, placesNamed("Typed before lunch"));
  }

  @Test
  void aFormWithAStaleTokenComesBackWithWhatWasTyped() {
    AdminClient editor = AdminClient.signedInAdmin(APP);
    Map<String, List<String>> form = editor.form("/admin/places/new", "/admin/places");
    form.put("name", List.of("Typed in an old tab"));
    form.put("country", List.of("Ukraine"));
    form.put("latitude", List.of("48.7"));
    form.put("longitude", List.of("35.0"));
    form.put("_csrf", List.of("a token from an older session"));
    HttpResponse<String> stale = editor.post("/admin/places", form);
    assertEquals(403, stale.statusCode());
    assertEquals(0, placesNamed("Typed in an old tab"));
    Element save = Jsoup.parse(stale.body()).selectFirst("form[action=/admin/places]");
    assertTrue(save != null && stale.body().contains("Typed in an old tab"), stale.body());
    assertEquals(303, editor.post("/admin/places", AdminClient.formValues(save)).statusCode());
    assertEquals(1, placesNamed("Typed in an old tab"));
  }

  @Test
  void passwordsAreNeverWrittenBackIntoAPage() {
    AdminClient editor = AdminClient.signedInAdmin(APP);
    Map<String, List<String>> form = editor.form("/admin/account", "/admin/account/password");
    form.put("password", List.of("a brand new password 1"));
    form.put("_csrf", List.of("stale"));
    HttpResponse<String> stale = editor.post("/admin/account/password", form);
    assertEquals(403, stale.statusCode());
    assertFalse(stale.body().contains("a brand new password 1"));
  }

  @Test
  void accountEventsAreShownToAdminsOnly() {
    AdminClient admin = AdminClient.signedInAdmin(APP);
    Map<String, List<String>> form = admin.form("/admin/editors/new", "/admin/editors");
    form.put("username", List.of("mykola"));
    form.put("display_name", List.of("Mykola"));
    form.put("password", List.of("mykola's long password"));
    form.put("role", List.of("editor"));
    assertEquals(303, admin.post("/admin/editors", form).statusCode());
    assertTrue(admin.page("/admin").text().contains("mykola"), "the admin sees the new account");
    AdminClient editor = new AdminClient(APP);
    assertEquals(303, editor.signIn("mykola", "mykola's long password").statusCode());
    assertFalse(editor.page("/admin").text().contains("mykola"), "an editor does not");
  }

  private static int placesNamed(String name) {
    return APP.jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT COUNT(*) FROM places WHERE name = :name")
                    .bind("name", name)
                    .mapTo(Integer.class)
                    .one());
  }
}
