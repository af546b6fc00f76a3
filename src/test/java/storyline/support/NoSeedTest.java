package storyline.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** With STORYLINE_SEED=false the site starts empty, and its pages still work. */
class NoSeedTest {
  @RegisterExtension static final TestApp APP = TestApp.empty();

  @Test
  void emptySiteServesItsPages() {
    assertEquals(
        0,
        (int)
            APP.jdbi()
                .withHandle(
                    h -> h.createQuery("SELECT COUNT(*) FROM stories").mapTo(Integer.class).one()));
    assertTrue(APP.page("/").text().contains("No stories have been published yet"));
    assertTrue(
        APP.page("/incidents").selectFirst("[role=status]").text().startsWith("0 incidents"));
    assertEquals(200, APP.get("/actors").statusCode());
  }
}
