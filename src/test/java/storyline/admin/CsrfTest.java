package storyline.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import storyline.support.AdminClient;
import storyline.support.TestApp;

class CsrfTest {
  @RegisterExtension static final TestApp APP = new TestApp();

  @Test
  void everyAdminFormCarriesTheSessionsToken() {
    AdminClient admin = AdminClient.signedInAdmin(APP);
    for (String path :
        List.of(
            "/admin/stories/new",
            "/admin/incidents/1/edit",
            "/admin/actors/1/edit",
            "/admin/editors/new",
            "/admin/account",
            "/admin/incidents/1/history")) {
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
    Map<String, List<String>> form = admin.form("/admin/stories/1/edit", "/admin/stories/1");
    form.put("title", List.of("Changed without a token"));
    form.remove("_csrf");
    assertEquals(403, admin.post("/admin/stories/1", form).statusCode());
    assertEquals(
        "Ukraine ceasefire: the March 2025 calls between Trump, Putin and Zelenskyy", title());
  }

  @Test
  void aPostWithAWrongTokenIs403AndChangesNothing() {
    AdminClient admin = AdminClient.signedInAdmin(APP);
    Map<String, List<String>> form = admin.form("/admin/stories/1/edit", "/admin/stories/1");
    form.put("title", List.of("Changed with a forged token"));
    form.put("_csrf", List.of("forged"));
    assertEquals(403, admin.post("/admin/stories/1", form).statusCode());
    assertEquals(
        403,
        admin
            .post(
                "/admin/stories/1/archive",
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
    Map<String, List<String>> form = one.form("/admin/stories/1/edit", "/admin/stories/1");
    form.put("title", List.of("Changed with another session's token"));
    form.put("_csrf", two.form("/admin/stories/1/edit", "/admin/stories/1").get("_csrf"));
    assertEquals(403, one.post("/admin/stories/1", form).statusCode());
  }

  private static String title() {
    return APP.jdbi()
        .withHandle(
            h -> h.createQuery("SELECT title FROM stories WHERE id = 1").mapTo(String.class).one());
  }
}
