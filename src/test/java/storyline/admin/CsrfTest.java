package storyline.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import storyline.support.AdminClient;
import storyline.support.Seed;
import storyline.support.TestApp;

class CsrfTest {
  @RegisterExtension static final TestApp APP = new TestApp();

  @Test
  void everyAdminFormCarriesTheSessionsToken() {
    AdminClient admin = AdminClient.signedInAdmin(APP);
    for (String path :
        List.of(
            "/admin/stories/new",
            Seed.admin(APP, "incidents", "trump-putin-call") + "/edit",
            Seed.admin(APP, "actors", "ukraine") + "/edit",
            "/admin/editors/new",
            "/admin/account",
            Seed.admin(APP, "incidents", "trump-putin-call") + "/history")) {
      for (var form : admin.page(path).select("form[method=post]")) {
        assertEquals(
            1,
            form.select("input[type=hidden][name=_csrf]").size(),
            path + " " + form.attr("action"));
      }
    }
  }

  @Test
  void aPostWithoutTheTokenIs403AndChangesNothing() {
    AdminClient admin = AdminClient.signedInAdmin(APP);
    Map<String, List<String>> form =
        admin.form(
            Seed.admin(APP, "stories", "ukraine-ceasefire") + "/edit",
            Seed.admin(APP, "stories", "ukraine-ceasefire"));
    form.put("title", List.of("Changed without a token"));
    form.remove("_csrf");
    assertEquals(
        403, admin.post(Seed.admin(APP, "stories", "ukraine-ceasefire"), form).statusCode());
    assertEquals(
        "Ukraine ceasefire: the March 2025 calls between Trump, Putin and Zelenskyy", title());
  }

  @Test
  void aPostWithAWrongTokenIs403AndChangesNothing() {
    AdminClient admin = AdminClient.signedInAdmin(APP);
    Map<String, List<String>> form =
        admin.form(
            Seed.admin(APP, "stories", "ukraine-ceasefire") + "/edit",
            Seed.admin(APP, "stories", "ukraine-ceasefire"));
    form.put("title", List.of("Changed with a forged token"));
    form.put("_csrf", List.of("forged"));
    assertEquals(
        403, admin.post(Seed.admin(APP, "stories", "ukraine-ceasefire"), form).statusCode());
    assertEquals(
        403,
        admin
            .post(
                Seed.admin(APP, "stories", "ukraine-ceasefire") + "/archive",
                Map.of("_csrf", List.of("forged"), "version", List.of("1")))
            .statusCode());
    assertEquals(
        "Ukraine ceasefire: the March 2025 calls between Trump, Putin and Zelenskyy", title());
    assertEquals(200, APP.get("/stories/ukraine-ceasefire").statusCode());
  }

  @Test
  void anotherSessionsTokenDoesNotWork() {
    AdminClient one = AdminClient.signedInAdmin(APP);
    AdminClient two = AdminClient.signedInAdmin(APP);
    Map<String, List<String>> form =
        one.form(
            Seed.admin(APP, "stories", "ukraine-ceasefire") + "/edit",
            Seed.admin(APP, "stories", "ukraine-ceasefire"));
    form.put("title", List.of("Changed with another session's token"));
    form.put(
        "_csrf",
        two.form(
                Seed.admin(APP, "stories", "ukraine-ceasefire") + "/edit",
                Seed.admin(APP, "stories", "ukraine-ceasefire"))
            .get("_csrf"));
    assertEquals(403, one.post(Seed.admin(APP, "stories", "ukraine-ceasefire"), form).statusCode());
  }

  private static String title() {
    return APP.jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT title FROM stories WHERE slug = 'ukraine-ceasefire'")
                    .mapTo(String.class)
                    .one());
  }
}
