package storyline.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import storyline.support.AdminClient;
import storyline.support.TestApp;

/**
 * The admin compares names whatever their case in every script, even on a PostgreSQL database made
 * with the C locale, whose LOWER() folds only A to Z: the duplicate check and the list's search.
 */
class NamesWithoutCaseTest {
  @RegisterExtension static final TestApp APP = TestApp.inCLocale();

  @Test
  void aNameInOtherCapitalsIsTheSameName() {
    AdminClient admin = AdminClient.signedInAdmin(APP);
    Map<String, List<String>> first = admin.form("/admin/actors/new", "/admin/actors");
    first.put("name", List.of("Élysée Palace"));
    first.put("kind", List.of("organization"));
    HttpResponse<String> created = admin.post("/admin/actors", first);
    assertEquals(303, created.statusCode(), created.body());
    String edit = created.headers().firstValue("Location").orElseThrow();

    Map<String, List<String>> second = admin.form("/admin/actors/new", "/admin/actors");
    second.put("name", List.of(" ÉLYSÉE PALACE "));
    second.put("kind", List.of("organization"));
    HttpResponse<String> questioned = admin.post("/admin/actors", second);
    assertEquals(422, questioned.statusCode(), "questioned as a likely duplicate");
    String link = Jsoup.parse(questioned.body()).selectFirst(".warning li a").attr("href");
    assertTrue(edit.startsWith(link.replace("/edit", "")), link + " for " + edit);

    second.put("name", List.of("Elysee Palace"));
    assertEquals(
        303, admin.post("/admin/actors", second).statusCode(), "other letters are another name");
  }

  @Test
  void theListFindsANameTypedInOtherCapitals() {
    AdminClient admin = AdminClient.signedInAdmin(APP);
    Map<String, List<String>> form = admin.form("/admin/actors/new", "/admin/actors");
    form.put("name", List.of("Ökumenischer Rat"));
    form.put("kind", List.of("organization"));
    assertEquals(303, admin.post("/admin/actors", form).statusCode());

    assertTrue(
        admin.page("/admin/actors?q=%C3%96KUMENISCHER").text().contains("Ökumenischer Rat"),
        "ÖKUMENISCHER finds Ökumenischer");
    assertTrue(
        admin.page("/admin/actors?q=%C3%B6kumenischer").text().contains("Ökumenischer Rat"),
        "and so does ökumenischer");
  }
}
