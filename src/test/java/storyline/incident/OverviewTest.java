package storyline.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import storyline.support.Types;

/** The sums drawn from one read of the newest matches: what the map, chart and counts show. */
class OverviewTest {
  private static Overview.Pictured at(
      Long place, String slug, IncidentType type, boolean contested, String day) {
    return new Overview.Pictured(
        place,
        slug,
        slug == null ? null : "Name of " + slug,
        slug == null ? null : "Ukraine",
        slug == null ? null : 50.0,
        slug == null ? null : 30.0,
        type,
        contested,
        LocalDate.parse(day));
  }

  @Test
  void sumsByPlaceAndTypeByDayAndByType() {
    List<Overview.Pictured> newest =
        List.of(
            at(2L, "kyiv", Types.STRIKE, true, "2025-03-19"),
            at(1L, "moscow", Types.DIPLOMACY, false, "2025-03-18"),
            at(2L, "kyiv", Types.STRIKE, false, "2025-03-18"),
            at(null, null, Types.OTHER, false, "2025-03-11"),
            at(2L, "kyiv", Types.DIPLOMACY, false, "2025-03-11"),
            at(1L, "moscow", Types.DIPLOMACY, true, "2025-03-11"));

    Overview overview = Overview.of(MatchCount.of(6), newest);

    assertEquals(new MatchCount(6, false), overview.total());
    assertEquals(
        List.of(
            new Overview.PlaceCount(
                2, "kyiv", "Name of kyiv", "Ukraine", 50, 30, Types.STRIKE, 2, 1),
            new Overview.PlaceCount(
                1, "moscow", "Name of moscow", "Ukraine", 50, 30, Types.DIPLOMACY, 2, 1),
            new Overview.PlaceCount(
                2, "kyiv", "Name of kyiv", "Ukraine", 50, 30, Types.DIPLOMACY, 1, 0)),
        overview.places(),
        "by place and type, in the order of their newest match; the match without a place left out");
    assertEquals(
        List.of(
            Map.entry(LocalDate.parse("2025-03-11"), 3),
            Map.entry(LocalDate.parse("2025-03-18"), 2),
            Map.entry(LocalDate.parse("2025-03-19"), 1)),
        List.copyOf(overview.days().entrySet()),
        "by day, the oldest first");
    assertEquals(
        List.of(
            new TypeCount(Types.DIPLOMACY, 3),
            new TypeCount(Types.STRIKE, 2),
            new TypeCount(Types.OTHER, 1)),
        overview.types(),
        "by type, the commonest first");
  }

  @Test
  void equalCountsOfTypesGoInTheOrderOfTheirCodes() {
    Overview overview =
        Overview.of(
            MatchCount.of(2),
            List.of(
                at(1L, "kyiv", Types.STRIKE, false, "2025-03-19"),
                at(1L, "kyiv", Types.DIPLOMACY, false, "2025-03-19")));
    assertEquals(
        List.of(new TypeCount(Types.DIPLOMACY, 1), new TypeCount(Types.STRIKE, 1)),
        overview.types());
  }
}
