package storyline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import storyline.incident.DatePrecision;
import storyline.incident.IncidentItem;
import storyline.incident.Verification;
import storyline.support.Types;

class PartsTest {
  private final Templates templates = new Templates(new Format(), "http://x", Map.of());

  static IncidentItem incident(String title) {
    return new IncidentItem(
        1,
        1,
        "talks",
        title,
        Types.DIPLOMACY,
        LocalDate.of(2025, 3, 18),
        DatePrecision.DAY,
        null,
        "Summary",
        Verification.REPORTED,
        null,
        null,
        Instant.EPOCH,
        Instant.EPOCH,
        "story",
        "Story",
        null,
        null,
        null,
        null,
        null,
        false,
        storyline.incident.TimeOfDay.UNKNOWN,
        null);
  }

  static Map<String, Object> card(String title) {
    return Map.of("incident", incident(title), "level", 3, "showStory", true);
  }

  @Test
  void aPartRendersOncePerContentAndAgainWhenItChanges() {
    Parts parts = new Parts(templates, 1);
    String first = parts.render("fragments/incident", "kept", card("Talks in Riyadh"));
    assertTrue(first.contains("Talks in Riyadh"), first);
    assertSame(first, parts.render("fragments/incident", "kept", card("Talks in Riyadh")), "kept");
    String renamed = parts.render("fragments/incident", "kept", card("Talks in Jeddah"));
    assertNotSame(first, renamed);
    assertTrue(renamed.contains("Talks in Jeddah"));
  }

  @Test
  void keepingNothingRendersEveryTime() {
    Parts parts = new Parts(templates, 0);
    String first = parts.render("fragments/incident", "kept", card("Talks"));
    String second = parts.render("fragments/incident", "kept", card("Talks"));
    assertNotSame(first, second);
    assertEquals(first, second);
  }
}
