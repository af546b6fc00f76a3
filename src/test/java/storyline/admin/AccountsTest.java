package storyline.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import storyline.support.AdminClient;
import storyline.support.Seed;
import storyline.support.TestApp;

class AccountsTest {
  @RegisterExtension static final TestApp APP = new TestApp();

  private static void createEditor(AdminClient admin, String username, String password) {
    Map<String, List<String>> form = admin.form("/admin/editors/new", "/admin/editors");
    form.put("username", List.of(username));
    form.put("display_name", List.of("Editor " + username));
    form.put("role", List.of("editor"));
    form.put("password", List.of(password));
    assertEquals(303, admin.post("/admin/editors", form).statusCode());
  }

  @Test
  void adminsCreateEditorsWhoCanSignInButNotManageAccounts() {
    AdminClient admin = AdminClient.signedInAdmin(APP);
    createEditor(admin, "olena", "a long enough password");
    AdminClient olena = new AdminClient(APP);
    assertEquals(303, olena.signIn("olena", "a long enough password").statusCode());
    assertEquals(200, olena.get("/admin/incidents").statusCode());
    assertEquals(403, olena.get("/admin/editors").statusCode());
    assertTrue(!olena.page("/admin").select(".admin-bar a").eachText().contains("Editors"));
  }

  @Test
  void disablingAnEditorEndsTheirSessionsAndSignIns() {
    AdminClient admin = AdminClient.signedInAdmin(APP);
    createEditor(admin, "taras", "another long password");
    AdminClient taras = new AdminClient(APP);
    taras.signIn("taras", "another long password");
    long id =
        APP.jdbi()
            .withHandle(
                h ->
                    h.createQuery("SELECT id FROM editors WHERE username = 'taras'")
                        .mapTo(Long.class)
                        .one());
    String edit = "/admin/editors/" + id + "/edit";
    assertEquals(
        303, admin.submit(edit, "/admin/editors/" + id, Map.of("disabled", "true")).statusCode());
    assertEquals(303, taras.get("/admin").statusCode(), "signed out");
    assertEquals(422, new AdminClient(APP).signIn("taras", "another long password").statusCode());
  }

  @Test
  void adminsResetPasswords() {
    AdminClient admin = AdminClient.signedInAdmin(APP);
    createEditor(admin, "iryna", "the first password");
    long id =
        APP.jdbi()
            .withHandle(
                h ->
                    h.createQuery("SELECT id FROM editors WHERE username = 'iryna'")
                        .mapTo(Long.class)
                        .one());
    String edit = "/admin/editors/" + id + "/edit";
    assertEquals(
        422,
        admin
            .submit(edit, "/admin/editors/" + id + "/password", Map.of("password", "short"))
            .statusCode());
    assertEquals(
        303,
        admin
            .submit(
                edit,
                "/admin/editors/" + id + "/password",
                Map.of("password", "the second password"))
            .statusCode());
    assertEquals(422, new AdminClient(APP).signIn("iryna", "the first password").statusCode());
    assertEquals(303, new AdminClient(APP).signIn("iryna", "the second password").statusCode());
  }

  @Test
  void editorsChangeTheirOwnPassword() {
    AdminClient admin = AdminClient.signedInAdmin(APP);
    createEditor(admin, "petro", "petro's first password");
    AdminClient petro = new AdminClient(APP);
    petro.signIn("petro", "petro's first password");
    assertEquals(
        422,
        petro
            .submit(
                "/admin/account",
                "/admin/account/password",
                Map.of(
                    "current_password",
                    "wrong",
                    "new_password",
                    "petro's new password",
                    "confirm_password",
                    "petro's new password"))
            .statusCode());
    assertEquals(
        422,
        petro
            .submit(
                "/admin/account",
                "/admin/account/password",
                Map.of(
                    "current_password",
                    "petro's first password",
                    "new_password",
                    "petro's new password",
                    "confirm_password",
                    "different"))
            .statusCode());
    assertEquals(
        303,
        petro
            .submit(
                "/admin/account",
                "/admin/account/password",
                Map.of(
                    "current_password",
                    "petro's first password",
                    "new_password",
                    "petro's new password",
                    "confirm_password",
                    "petro's new password"))
            .statusCode());
    assertEquals(303, new AdminClient(APP).signIn("petro", "petro's new password").statusCode());
  }

  @Test
  void changingYourPasswordEndsYourOtherSessions() {
    AdminClient admin = AdminClient.signedInAdmin(APP);
    createEditor(admin, "oksana", "oksana's first password");
    AdminClient laptop = new AdminClient(APP);
    AdminClient stolen = new AdminClient(APP);
    laptop.signIn("oksana", "oksana's first password");
    stolen.signIn("oksana", "oksana's first password");
    assertEquals(
        303,
        laptop
            .submit(
                "/admin/account",
                "/admin/account/password",
                Map.of(
                    "current_password",
                    "oksana's first password",
                    "new_password",
                    "oksana's new password",
                    "confirm_password",
                    "oksana's new password"))
            .statusCode());
    assertEquals(303, stolen.get("/admin").statusCode(), "the other session is over");
    assertTrue(
        laptop
            .page("/admin/account")
            .selectFirst(".flash")
            .text()
            .contains("password has been changed"));
  }

  @Test
  void aFailedAccountSaveKeepsTheVersionItWasBasedOn() {
    AdminClient alice = AdminClient.signedInAdmin(APP);
    AdminClient bob = AdminClient.signedInAdmin(APP);
    createEditor(alice, "roman", "roman's first password");
    long id =
        APP.jdbi()
            .withHandle(
                h ->
                    h.createQuery("SELECT id FROM editors WHERE username = 'roman'")
                        .mapTo(Long.class)
                        .one());
    String edit = "/admin/editors/" + id + "/edit";
    Map<String, List<String>> aliceForm = alice.form(edit, "/admin/editors/" + id);
    assertEquals(
        303,
        bob.submit(edit, "/admin/editors/" + id, Map.of("display_name", "Roman (Bob's edit)"))
            .statusCode());
    aliceForm.put("display_name", List.of(""));
    var invalid = alice.post("/admin/editors/" + id, aliceForm);
    assertEquals(422, invalid.statusCode());
    Map<String, List<String>> again =
        AdminClient.formValues(
            org.jsoup.Jsoup.parse(invalid.body())
                .selectFirst("form[action=/admin/editors/" + id + "]"));
    assertEquals(aliceForm.get("version"), again.get("version"), "still the version Alice loaded");
    again.put("display_name", List.of("Roman (Alice's edit)"));
    var conflict = alice.post("/admin/editors/" + id, again);
    assertEquals(409, conflict.statusCode(), "so Bob's save is not overwritten unseen");
    // As for every kind: the version now saved beside what Alice typed.
    var table = org.jsoup.Jsoup.parse(conflict.body()).selectFirst("section.conflict table");
    assertNotNull(table, "the 409 sets the saved version beside Alice's");
    var row = table.selectFirst("tr:has(th > span:containsOwn(Display name))");
    assertNotNull(row);
    assertEquals("Roman (Bob's edit)", row.select("td").get(0).text());
    assertEquals("Roman (Alice's edit)", row.select("td").get(1).text());
  }

  @Test
  void anAdminCannotDisableThemself() {
    AdminClient admin = AdminClient.signedInAdmin(APP);
    assertEquals(
        422,
        admin
            .submit(
                Seed.admin(APP, "editors", "admin") + "/edit",
                Seed.admin(APP, "editors", "admin"),
                Map.of("disabled", "true"))
            .statusCode());
  }

  @Test
  void usernamesAreUnique() {
    AdminClient admin = AdminClient.signedInAdmin(APP);
    Map<String, List<String>> form = admin.form("/admin/editors/new", "/admin/editors");
    form.put("username", List.of("admin"));
    form.put("display_name", List.of("Impostor"));
    form.put("role", List.of("admin"));
    form.put("password", List.of("a long enough password"));
    assertEquals(422, admin.post("/admin/editors", form).statusCode());
  }
}
