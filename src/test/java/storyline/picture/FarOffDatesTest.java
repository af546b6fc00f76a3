package storyline.picture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import storyline.incident.DatePrecision;
import storyline.incident.IncidentFilter;
import storyline.incident.IncidentItem;
import storyline.incident.Verification;
import storyline.support.Types;

/**
 * Whatever the dates stored (older versions took any year), the pictures draw a bounded number of
 * things: an incident on 9999-12-31 once drew a tick every 30 days and ran out of memory.
 */
class FarOffDatesTest {
  @Test
  void theTimelineDrawsAFewTicksAcrossTenThousandYears() {
    TimelineView view =
        new TimelineDrawing()
            .draw(
                List.of(
                    incident(1, LocalDate.of(0, 1, 1)),
                    incident(2, LocalDate.of(2025, 3, 18)),
                    incident(3, LocalDate.of(9999, 12, 31))),
                Instant.parse("2025-03-19T10:00:00Z"));
    assertTrue(view.ticks().size() <= TimelineDrawing.TICKS + 1, view.ticks().size() + " ticks");
    assertTrue(view.marks().size() == 3);
  }

  @Test
  void theChartDrawsAtMostSixtyBarsOfYears() {
    DayChartView view =
        new DayChart()
            .draw(
                Map.of(
                    LocalDate.of(0, 1, 1), 1,
                    LocalDate.of(2025, 3, 18), 4,
                    LocalDate.of(9999, 12, 31), 1),
                IncidentFilter.none(),
                false);
    assertTrue(view.bars().size() <= DayChart.MAX_YEARS, view.bars().size() + " bars");
    assertTrue(view.ticks().size() <= 12, view.ticks().size() + " ticks");
    int total = view.bars().stream().mapToInt(DayChartView.Bar::count).sum();
    assertTrue(total == 6, "every incident is counted in some bar: " + total);
  }

  /** A plain public incident on a day, for drawing. */
  static IncidentItem incident(long id, LocalDate on) {
    return new IncidentItem(
        id,
        1,
        "incident-" + id,
        "Incident " + id,
        Types.STRIKE,
        on,
        DatePrecision.DAY,
        null,
        "",
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
}
