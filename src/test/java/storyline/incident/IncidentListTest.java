package storyline.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import storyline.support.TestApp;

class IncidentListTest {
  @RegisterExtension static final TestApp APP = TestApp.shared();

  @Test
  void unfilteredListShowsEveryIncidentNewestFirstWithTheCount() {
    Document list = APP.page("/incidents");
    assertTrue(list.selectFirst("[role=status]").text().startsWith("18 incidents match"));
    List<String> dates = list.select(".incident-card .facts time").eachAttr("datetime");
    assertEquals(18, dates.size());
    assertEquals(dates.stream().sorted(java.util.Comparator.reverseOrder()).toList(), dates);
    assertNull(list.selectFirst("a[rel=next]"), "18 fit on one page");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "place=kharkiv|kharkiv-substation-drone-strikes",
        "type=strike|belgorod-fuel-depot-rail-strikes dnipro-substation-drone-strikes"
            + " kharkiv-substation-drone-strikes kursk-fuel-depot-rail-strikes",
        "actor=vladimir-putin|energy-infrastructure-truce putin-refuses-30-day-ceasefire"
            + " scholz-macron-joint-statement trump-putin-call",
        "verification=disputed|belgorod-fuel-depot-rail-strikes kursk-fuel-depot-rail-strikes",
        "verification=confirmed&type=diplomacy|trump-putin-call trump-zelenskyy-call",
        "from=2025-03-20|next-round-of-talks",
        "to=2025-03-18|energy-infrastructure-truce putin-refuses-30-day-ceasefire trump-putin-call",
        "from=2025-03-18&to=2025-03-18&actor=donald-trump|energy-infrastructure-truce"
            + " putin-refuses-30-day-ceasefire trump-putin-call",
        "q=substations|dnipro-substation-drone-strikes kharkiv-substation-drone-strikes",
        "q=Fuel+BELGOROD|belgorod-fuel-depot-rail-strikes",
        "contested=true|belgorod-fuel-depot-rail-strikes energy-infrastructure-truce"
            + " kursk-fuel-depot-rail-strikes",
        "story=ukraine-ceasefire&type=agreement|energy-infrastructure-truce",
        "type=sanctions|",
      })
  void filtersNarrowTheListBySlugAndValue(String query, String expected) {
    Document list = APP.page("/incidents?" + query);
    Set<String> slugs = Set.copyOf(slugs(list));
    Set<String> wanted = expected == null ? Set.of() : Set.of(expected.split(" "));
    assertEquals(wanted, slugs);
    assertTrue(list.selectFirst("[role=status]").text().startsWith(String.valueOf(wanted.size())));
  }

  @Test
  void filterFormKeepsTheChosenValuesAndOffersRemoveLinks() {
    Document list = APP.page("/incidents?type=strike&place=belgorod&q=fuel");
    assertEquals("strike", list.selectFirst("#f-type option[selected]").val());
    assertEquals("belgorod", list.selectFirst("#f-place option[selected]").val());
    assertEquals("fuel", list.selectFirst("#f-q").val());
    assertEquals("get", list.selectFirst("form.filters").attr("method"));
    List<String> removes = list.select(".active-filters a").eachAttr("href");
    assertTrue(removes.contains("/incidents?place=belgorod&q=fuel"), removes.toString());
    assertTrue(list.title().contains("Type: Strike"));
  }

  @Test
  void oldestFirstReversesTheOrder() {
    List<String> newest = slugs(APP.page("/incidents"));
    List<String> oldest = slugs(APP.page("/incidents?sort=oldest"));
    assertEquals("trump-putin-call", oldest.get(0));
    assertEquals(newest.get(0), oldest.get(oldest.size() - 1));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "from=not-a-date|from",
        "to=2025-13-01|to",
        "type=earthquake|type",
        "verification=rumoured|verification",
        "sort=random|sort",
        "place=atlantis|place",
        "actor=nobody|actor",
        "story=NOT%20A%20SLUG|story",
        "after=yesterday|after",
        "from=2025-03-20&to=2025-03-18|from",
        "contested=maybe|contested",
        "type=strike&type=diplomacy|type",
      })
  void malformedParameterIs400NamingIt(String query, String parameter) {
    HttpResponse<String> response = APP.get("/incidents?" + query);
    assertEquals(400, response.statusCode());
    Document page = Jsoup.parse(response.body());
    assertTrue(page.selectFirst("main .lede").text().contains("“" + parameter + "”"), page.text());
    assertFalse(response.body().contains("Exception"));
  }

  private static List<String> slugs(Document list) {
    return list.select(".incident-card h3 a").eachAttr("href").stream()
        .map(href -> href.substring("/incidents/".length()))
        .toList();
  }
}
