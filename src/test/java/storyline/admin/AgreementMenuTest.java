package storyline.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import storyline.support.AdminClient;
import storyline.support.NewEntries;
import storyline.support.Seed;
import storyline.support.TestApp;

/**
 * The incident form's "Alleged violation of" menu offers the newest agreements of the incident's
 * own story, not every agreement of the site (5,500 of them at 100,000 incidents), and always the
 * one the incident names, wherever it is.
 */
class AgreementMenuTest {
  @RegisterExtension static final TestApp APP = new TestApp();

  @Test
  void theMenuOffersTheStorysAgreementsAndTheOneChosen() {
    AdminClient admin = AdminClient.signedInAdmin(APP);
    String other = NewEntries.idOf(NewEntries.draftStory(admin, "Another truce", "Elsewhere."));
    Map<String, List<String>> truce = NewEntries.incidentForm(APP, admin, other, "Harbour truce");
    truce.put("type", List.of("agreement"));
    truce.put("ends_on", List.of("2023-07-24"));
    HttpResponse<String> saved = admin.post("/admin/incidents", truce);
    assertEquals(303, saved.statusCode(), saved.body());
    String harbour = String.valueOf(Seed.id(APP, "incidents", "harbour-truce"));
    String energy = String.valueOf(Seed.id(APP, "incidents", "energy-infrastructure-truce"));
    String seedStory = NewEntries.idOf(Seed.admin(APP, "stories", "ukraine-ceasefire"));

    List<String> offered = menu(admin, "/admin/incidents/new?story_id=" + seedStory);
    assertTrue(offered.contains(energy), offered.toString());
    assertTrue(!offered.contains(harbour), "another story's agreement: " + offered);
    assertTrue(
        menu(admin, "/admin/incidents/new?story_id=" + other).contains(harbour), "its own story's");

    String incident = Seed.admin(APP, "incidents", "kharkiv-substation-drone-strikes");
    assertEquals(
        303,
        admin
            .submit(
                incident + "/edit",
                incident,
                Map.of("violates_id", harbour, "note", "Linked to the other story's truce"))
            .statusCode());
    List<String> kept = menu(admin, incident + "/edit");
    assertTrue(kept.containsAll(List.of(energy, harbour)), "the chosen one stays: " + kept);
  }

  private static List<String> menu(AdminClient admin, String path) {
    return admin.page(path).select("#f-violates_id option").eachAttr("value");
  }
}
