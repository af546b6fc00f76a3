package storyline.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import storyline.support.AdminClient;
import storyline.support.Seed;
import storyline.support.TestApp;

class ExportTest {
  @RegisterExtension static final TestApp APP = new TestApp();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "type=strike",
        "place=kharkiv&sort=oldest",
        "actor=vladimir-putin",
        "contested=true",
        "q=food+medicine",
        "type=sanctions"
      })
  void csvAndJsonHoldTheSameIncidentsInTheSameOrderAsTheList(String query) throws Exception {
    List<String> listed =
        APP.page("/incidents?" + query).select(".incident-card h3 a").eachAttr("href").stream()
            .map(href -> TestApp.BASE_URL + href)
            .toList();
    List<List<String>> csv = parseCsv(APP.get("/incidents.csv?" + query).body());
    assertEquals(ExportController.COLUMNS, csv.get(0));
    assertEquals(listed, csv.subList(1, csv.size()).stream().map(r -> r.get(0)).toList());
    JsonNode json = new ObjectMapper().readTree(APP.get("/incidents.json?" + query).body());
    assertTrue(json.isArray());
    List<String> urls = new ArrayList<>();
    json.forEach(i -> urls.add(i.get("url").asText()));
    assertEquals(listed, urls);
  }

  @Test
  void rowsCarryDatePrecisionPlaceCoordinatesActorsVerificationContestedAndSources()
      throws Exception {
    HttpResponse<String> response = APP.get("/incidents.csv?place=belgorod");
    assertEquals(
        "text/csv; charset=utf-8; header=present",
        response.headers().firstValue("Content-Type").orElseThrow());
    assertTrue(response.body().contains("\r\n"), "CRLF line ends");
    List<List<String>> csv = parseCsv(response.body());
    Map<String, String> row = row(csv, 1);
    assertEquals("2025-03-19", row.get("date"));
    assertEquals("approximate", row.get("precision"));
    assertEquals("strike", row.get("type"));
    assertEquals("Belgorod", row.get("place"));
    assertEquals("50.6", row.get("latitude"));
    assertEquals("36.6", row.get("longitude"));
    assertTrue(
        row.get("actors").contains("Ukraine (initiator)")
            && row.get("actors").contains("Russia (target)"),
        row.get("actors"));
    assertEquals("disputed", row.get("verification"));
    assertEquals("true", row.get("contested"));
    assertTrue(row.get("sources").startsWith("Zelenskyy dials Trump"));

    JsonNode json =
        new ObjectMapper().readTree(APP.get("/incidents.json?place=belgorod").body()).get(0);
    assertEquals("belgorod-fuel-depot-rail-strikes", json.get("slug").asText());
    assertEquals(50.6, json.get("place").get("latitude").asDouble());
    assertEquals("initiator", json.get("actors").get(0).get("role").asText());
    assertTrue(json.get("contested").asBoolean());
    assertEquals("independent_media", json.get("sources").get(0).get("kind").asText());
    assertTrue(json.get("sources").get(0).get("publisher").isNull(), "publisher not known");
    assertTrue(json.has("ends_on"));
  }

  @Test
  void fieldsWithCommasQuotesAndLineBreaksAreQuotedAndFormulasDefused() throws Exception {
    AdminClient.signedInAdmin(APP)
        .submit(
            Seed.admin(APP, "incidents", "nato-backs-ukraine-and-talks") + "/edit",
            Seed.admin(APP, "incidents", "nato-backs-ukraine-and-talks"),
            Map.of(
                "title", "=HYPERLINK(\"http://evil.example\", \"click\")",
                "summary", "First line, with a comma\nSecond \"quoted\" line"));
    String body = APP.get("/incidents.csv?actor=nato").body();
    assertTrue(body.contains("\"'=HYPERLINK(\"\"http://evil.example\"\", \"\"click\"\")\""), body);
    Map<String, String> row = row(parseCsv(body), 1);
    assertEquals("'=HYPERLINK(\"http://evil.example\", \"click\")", row.get("title"));
    assertEquals("First line, with a comma\nSecond \"quoted\" line", row.get("summary"));
    JsonNode json =
        new ObjectMapper().readTree(APP.get("/incidents.json?actor=nato").body()).get(0);
    assertEquals(
        "=HYPERLINK(\"http://evil.example\", \"click\")",
        json.get("title").asText(),
        "JSON keeps the data as typed");
  }

  @Test
  void badFiltersAre400() {
    assertEquals(400, APP.get("/incidents.csv?from=soon").statusCode());
    assertEquals(400, APP.get("/incidents.json?actor=nobody").statusCode());
  }

  private static Map<String, String> row(List<List<String>> csv, int index) {
    Map<String, String> row = new java.util.LinkedHashMap<>();
    for (int i = 0; i < csv.get(0).size(); i++) {
      row.put(csv.get(0).get(i), csv.get(index).get(i));
    }
    return row;
  }

  /** A strict RFC 4180 reader: records end in CRLF; quoted fields may hold anything. */
  static List<List<String>> parseCsv(String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        record.add(field.toString());
        field.setLength(0);
      } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        record.add(field.toString());
        field.setLength(0);
        records.add(record);
        record = new ArrayList<>();
        i++;
      } else {
        assertTrue(c != '\n' && c != '\r', "bare line break outside quotes at " + i);
        field.append(c);
      }
    }
    assertTrue(field.length() == 0 && record.isEmpty(), "the last record ends in CRLF");
    return records;
  }
}
