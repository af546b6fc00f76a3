package storyline.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import storyline.support.AdminClient;
import storyline.support.Seed;
import storyline.support.TestApp;

/**
 * A place's country is chosen from one list, so that every place of a country is spelt alike; a
 * place saved under another spelling before the list keeps it until an editor chooses otherwise.
 */
class CountryListTest {
  @RegisterExtension static final TestApp APP = new TestApp();

  @Test
  void aNewPlaceTakesItsCountryFromTheList() {
    AdminClient admin = AdminClient.signedInAdmin(APP);
    Document form = admin.page("/admin/places/new");
    assertTrue(form.select("#f-country option").eachText().contains("Ukraine"));
    assertTrue(form.select("#f-country option").eachText().contains("Russia"));

    HttpResponse<String> unknown =
        admin.submit(
            "/admin/places/new",
            "/admin/places",
            Map.of("name", "Cair Paravel", "country", "Narnia", "latitude", "1", "longitude", "1"));
    assertEquals(422, unknown.statusCode());
    assertEquals(
        "Choose the country from the list.",
        Jsoup.parse(unknown.body()).selectFirst("#f-country-error").text());

    HttpResponse<String> listed =
        admin.submit(
            "/admin/places/new",
            "/admin/places",
            Map.of(
                "name",
                "Chasiv Yar",
                "country",
                "Ukraine",
                "latitude",
                "48.59",
                "longitude",
                "38"));
    assertEquals(
        303,
        listed.statusCode(),
        Jsoup.parse(listed.body()).select(".field-error, .warning").text());
  }

  @Test
  void aCountrySpeltOtherwiseBeforeTheListIsKeptOnSave() {
    APP.jdbi()
        .useHandle(
            h ->
                h.execute("UPDATE places SET country = 'Russian Federation' WHERE slug = 'kursk'"));
    AdminClient admin = AdminClient.signedInAdmin(APP);
    String kursk = Seed.admin(APP, "places", "kursk");
    Document form = admin.page(kursk + "/edit");
    assertEquals(
        "Russian Federation", form.selectFirst("#f-country option[selected]").val(), "kept");
    assertEquals(
        303, admin.submit(kursk + "/edit", kursk, Map.of("name", "Kursk city")).statusCode());
    HttpResponse<String> other =
        admin.submit(
            Seed.admin(APP, "places", "belgorod") + "/edit",
            Seed.admin(APP, "places", "belgorod"),
            Map.of("country", "Russian Federation"));
    assertEquals(422, other.statusCode(), "but not newly chosen for another place");
  }
}
