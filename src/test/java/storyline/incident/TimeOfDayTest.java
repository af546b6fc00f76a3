package storyline.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import storyline.support.AdminClient;
import storyline.support.NewEntries;
import storyline.support.Seed;
import storyline.support.TestApp;

/**
 * Incidents of one day read in the order they happened: an editor gives each its time of day and
 * the zone it was told in, and readers see the time beside the date, in that order.
 */
class TimeOfDayTest {
  @RegisterExtension static final TestApp APP = new TestApp();

  /** The incidents this test adds, beside the seed's own of that day. */
  private static final List<String> MINE =
      List.of("Evening call ends", "Morning statement", "Report without a time");

  @Test
  void incidentsOfOneDayAreListedByTheirTimeAndShowIt() {
    AdminClient admin = AdminClient.signedInAdmin(APP);
    assertEquals(303, add(admin, "Evening call ends", "18:00", "Europe/Moscow").statusCode());
    assertEquals(303, add(admin, "Morning statement", "9.15", "Europe/Moscow").statusCode());
    assertEquals(303, add(admin, "Report without a time", "", "").statusCode());

    List<String> oldestFirst =
        APP
            .page("/incidents?sort=oldest&from=2025-03-21&to=2025-03-21")
            .select(".incident-card h3")
            .eachText()
            .stream()
            .filter(MINE::contains)
            .toList();
    assertEquals(
        List.of("Report without a time", "Morning statement", "Evening call ends"),
        oldestFirst,
        "the order they happened in, not the order they were typed in");
    List<String> newestFirst =
        APP
            .page("/incidents?from=2025-03-21&to=2025-03-21")
            .select(".incident-card h3")
            .eachText()
            .stream()
            .filter(MINE::contains)
            .toList();
    assertEquals(
        List.of("Evening call ends", "Morning statement", "Report without a time"), newestFirst);

    Document page = APP.page("/incidents/morning-statement");
    var when = page.selectFirst(".facts-table time");
    assertEquals("21 March 2025, 09:15 Moscow Standard Time", when.text());
    assertEquals("2025-03-21T09:15+03:00", when.attr("datetime"));
    assertTrue(
        page.selectFirst("script[type=application/ld+json]")
            .data()
            .contains("\"startDate\":\"2025-03-21T09:15+03:00\""),
        "the event's start for machines, with its offset");
    assertEquals(
        "21 March 2025",
        APP.page("/incidents/report-without-a-time").selectFirst(".facts-table time").text());

    String csv = APP.get("/incidents.csv?from=2025-03-21&to=2025-03-21").body();
    assertTrue(csv.lines().findFirst().orElseThrow().startsWith("url,date,time,time_zone,"), csv);
    assertTrue(csv.contains(",2025-03-21,09:15,Europe/Moscow,"), csv);

    String edit = Seed.admin(APP, "incidents", "morning-statement") + "/edit";
    assertEquals("09:15", admin.page(edit).selectFirst("#f-occurred_time").val(), "shown as saved");
    String incident = edit.replace("/edit", "");
    assertEquals(303, admin.submit(edit, incident, Map.of("occurred_time", "10:00")).statusCode());
    String diff = admin.page(incident + "/history").select("table.diff").text();
    assertTrue(
        diff.contains("Time of day (changed) 09:15 10:00"),
        "the diff reads the time as a clock: " + diff);
  }

  @Test
  void aTimeMustBeReadableOnADayKnownToTheDayAndAZoneMustExist() {
    AdminClient admin = AdminClient.signedInAdmin(APP);
    assertEquals("occurred_time", problem(add(admin, "Bad time", "25:00", "")));
    assertEquals("time_zone", problem(add(admin, "Bad zone", "10:00", "Mars/Olympus")));
    assertEquals("time_zone", problem(add(admin, "Zone alone", "", "Europe/Kyiv")));
    Map<String, List<String>> monthOnly = form(admin, "Month only", "10:00", "");
    monthOnly.put("precision", List.of("month"));
    assertEquals("occurred_time", problem(admin.post("/admin/incidents", monthOnly)));
  }

  private static String problem(HttpResponse<String> response) {
    assertEquals(422, response.statusCode());
    Document page = Jsoup.parse(response.body());
    return page.selectFirst(".has-error input").attr("name");
  }

  private static HttpResponse<String> add(
      AdminClient admin, String title, String time, String zone) {
    return admin.post("/admin/incidents", form(admin, title, time, zone));
  }

  private static Map<String, List<String>> form(
      AdminClient admin, String title, String time, String zone) {
    String storyId = NewEntries.idOf(Seed.admin(APP, "stories", "ukraine-ceasefire"));
    Map<String, List<String>> form = NewEntries.incidentForm(APP, admin, storyId, title);
    form.put("type", List.of("statement"));
    form.put("occurred_on", List.of("2025-03-21"));
    form.put("occurred_time", List.of(time));
    form.put("time_zone", List.of(zone));
    return form;
  }
}
