package storyline.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import storyline.support.AdminClient;
import storyline.support.Seed;
import storyline.support.TestApp;

/** The admin lists of kinds that belong to stories narrow to one story. */
class AdminListTest {
  @RegisterExtension static final TestApp APP = new TestApp();

  @Test
  void incidentsAndQuotesCanBeListedForOneStory() {
    AdminClient admin = AdminClient.signedInAdmin(APP);
    long story = Seed.id(APP, "stories", "ukraine-ceasefire");
    Document all = admin.page("/admin/incidents");
    assertNotNull(all.selectFirst("select#admin-story option[value=" + story + "]"));
    int listed = all.select("table.data tbody tr").size();
    assertTrue(listed > 10, "the seed's incidents");

    Document one = admin.page("/admin/incidents?story=" + story);
    assertEquals(listed, one.select("table.data tbody tr").size(), "all of the seed's story");
    assertNotNull(one.selectFirst("select#admin-story option[selected][value=" + story + "]"));
    Document none = admin.page("/admin/quotes?story=" + (story + 1000));
    assertTrue(none.select("table.data tbody tr").isEmpty(), "no story of that number: nothing");
    assertTrue(admin.page("/admin/quotes").select("table.data tbody tr").size() > 0);

    assertNull(admin.page("/admin/places").selectFirst("select#admin-story"), "places are shared");
  }
}
