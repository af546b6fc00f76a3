package storyline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import storyline.incident.DatePrecision;

class FormatTest {
  private final Format format = new Format();

  @Test
  void datesReadAsExactlyAsTheyAreKnown() {
    LocalDate day = LocalDate.of(2025, 3, 19);
    assertEquals("19 March 2025", DatePrecision.DAY.describe(day, format));
    assertEquals("March 2025", DatePrecision.MONTH.describe(day, format));
    assertEquals("around 19 March 2025", DatePrecision.APPROXIMATE.describe(day, format));
  }

  @Test
  void periodsGiveTheirLength() {
    assertEquals(
        "18 March – 17 April 2025 (30 days)",
        format.period(LocalDate.of(2025, 3, 18), LocalDate.of(2025, 4, 17)));
    assertEquals(
        "30 December 2024 – 2 January 2025 (3 days)",
        format.period(LocalDate.of(2024, 12, 30), LocalDate.of(2025, 1, 2)));
  }

  @Test
  void timesAreUtcAndMachineReadable() {
    Instant at = Instant.parse("2026-11-27T16:05:09.123Z");
    assertEquals("27 November 2026, 16:05 UTC", format.time(at));
    assertEquals("2026-11-27T16:05:09Z", format.iso(at));
  }

  @Test
  void countsAgreeInNumber() {
    assertEquals("1 incident", format.count(1, "incident", "incidents"));
    assertEquals("0 incidents", format.count(0, "incident", "incidents"));
  }
}
