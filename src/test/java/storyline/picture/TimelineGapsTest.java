package storyline.picture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import storyline.incident.IncidentItem;

/**
 * A story that breaks on two busy days and ends two months later (the Wagner mutiny: eleven
 * incidents on 23 and 24 June, two in August) gets the width where its incidents are, with the
 * quiet stretch drawn short and marked; a story without long pauses is drawn to scale as before.
 */
class TimelineGapsTest {
  private static final LocalDate JUNE_23 = LocalDate.of(2023, 6, 23);
  private static final LocalDate JUNE_24 = LocalDate.of(2023, 6, 24);
  private static final LocalDate AUGUST_23 = LocalDate.of(2023, 8, 23);
  private static final LocalDate AUGUST_29 = LocalDate.of(2023, 8, 29);

  private static TimelineView mutiny() {
    List<IncidentItem> incidents = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      incidents.add(incident(incidents.size() + 1, JUNE_23));
    }
    for (int i = 0; i < 8; i++) {
      incidents.add(incident(incidents.size() + 1, JUNE_24));
    }
    incidents.add(incident(incidents.size() + 1, AUGUST_23));
    incidents.add(incident(incidents.size() + 1, AUGUST_29));
    return new TimelineDrawing().draw(incidents, Instant.parse("2023-08-30T12:00:00Z"));
  }

  private static double xOf(TimelineView view, LocalDate day) {
    return view.marks().stream()
        .filter(m -> m.date().equals(day.toString()))
        .findFirst()
        .orElseThrow()
        .x();
  }

  @Test
  void theQuietStretchIsDrawnShortAndMarked() {
    TimelineView view = mutiny();
    assertEquals(1, view.gaps().size(), view.gaps().toString());
    TimelineView.Gap gap = view.gaps().get(0);
    assertEquals(59, gap.days(), "25 June to 22 August");
    assertEquals("2 months", gap.label());
    assertEquals("No incidents for 59 days, from 25 June 2023 to 22 August 2023", gap.title());
    assertTrue(xOf(view, JUNE_24) < gap.x() && gap.x() < xOf(view, AUGUST_23), gap.toString());
  }

  @Test
  void theBusyDaysGetTheWidth() {
    TimelineView view = mutiny();
    double busy = xOf(view, JUNE_24) - xOf(view, JUNE_23);
    // To scale, 68 days over 720 px left 10.6 px between the two busy days.
    assertTrue(busy >= 40, busy + " px between 23 and 24 June");
    double quiet = xOf(view, AUGUST_23) - xOf(view, JUNE_24);
    assertTrue(quiet < 4 * busy, quiet + " px across the quiet stretch");
    for (TimelineView.Mark mark : view.marks()) {
      assertTrue(
          mark.x() >= TimelineDrawing.LEFT && mark.x() <= TimelineDrawing.RIGHT, mark.x() + "");
    }
  }

  @Test
  void marksStillReadLeftToRightInTime() {
    List<TimelineView.Mark> marks = mutiny().marks();
    for (int i = 1; i < marks.size(); i++) {
      LocalDate before = LocalDate.parse(marks.get(i - 1).date());
      LocalDate after = LocalDate.parse(marks.get(i).date());
      if (after.isAfter(before)) {
        assertTrue(marks.get(i).x() > marks.get(i - 1).x(), before + " then " + after);
      }
    }
  }

  @Test
  void noTickFallsInTheGapAndNoLabelsOverlap() {
    TimelineView view = mutiny();
    TimelineView.Gap gap = view.gaps().get(0);
    List<Double> labels = new ArrayList<>(List.of(gap.x()));
    for (TimelineView.Tick tick : view.ticks()) {
      LocalDate day = LocalDate.parse(tick.date());
      assertTrue(
          day.isBefore(JUNE_24.plusDays(1)) || day.isAfter(AUGUST_23.minusDays(1)), day + "");
      for (double x : labels) {
        assertTrue(Math.abs(x - tick.x()) >= TimelineDrawing.MIN_LABEL_GAP, tick + " near " + x);
      }
      labels.add(tick.x());
    }
    assertTrue(
        view.ticks().stream().anyMatch(t -> t.date().equals(AUGUST_23.toString())),
        "the day time picks up again is labelled: " + view.ticks());
  }

  @Test
  void aStoryWithoutLongPausesIsDrawnToScale() {
    List<IncidentItem> daily = new ArrayList<>();
    for (int d = 0; d < 10; d++) {
      daily.add(incident(d + 1, JUNE_23.plusDays(d)));
    }
    TimelineView view = new TimelineDrawing().draw(daily, null);
    assertTrue(view.gaps().isEmpty());
    double step = view.marks().get(1).x() - view.marks().get(0).x();
    for (int i = 2; i < view.marks().size(); i++) {
      assertEquals(step, view.marks().get(i).x() - view.marks().get(i - 1).x(), 0.11);
    }
  }

  @Test
  void ordinaryPausesOfALongStoryStayToScale() {
    List<IncidentItem> yearly = new ArrayList<>();
    for (int n = 0; n < 40; n++) {
      yearly.add(incident(n + 1, LocalDate.of(2020, 1, 1).plusDays(n * 30L)));
    }
    assertTrue(new TimelineDrawing().draw(yearly, null).gaps().isEmpty());
  }

  private static IncidentItem incident(long id, LocalDate on) {
    return FarOffDatesTest.incident(id, on);
  }
}
