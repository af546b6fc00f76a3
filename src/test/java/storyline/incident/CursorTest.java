package storyline.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CursorTest {
  @Test
  void roundTripsThroughItsUrlForm() {
    Cursor cursor = new Cursor(LocalDate.of(2025, 3, 19), TimeOfDay.UNKNOWN, 14);
    assertEquals("2025-03-19_14", cursor.toString());
    assertEquals(cursor, Cursor.parse("2025-03-19_14").orElseThrow());
    Cursor timed = new Cursor(LocalDate.of(2025, 3, 19), 870, 14);
    assertEquals("2025-03-19T870_14", timed.toString());
    assertEquals(timed, Cursor.parse("2025-03-19T870_14").orElseThrow());
    assertTrue(Cursor.parse("2025-03-19T1440_14").isEmpty(), "no minute after 23:59");
  }

  @Test
  void rejectsAnythingElse() {
    for (String bad :
        new String[] {
          "",
          "14",
          "2025-03-19",
          "2025-02-30_1",
          "2025-03-19_-1",
          "2025-03-19_1;DROP TABLE incidents",
          "2025-03-19_99999999999999999999"
        }) {
      assertTrue(Cursor.parse(bad).isEmpty(), bad);
    }
  }
}
