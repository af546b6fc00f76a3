package storyline.incident;

import java.time.LocalDate;
import storyline.db.Coded;
import storyline.web.Format;

/** How exactly an incident's date is known. */
public enum DatePrecision implements Coded {
  DAY,
  MONTH,
  APPROXIMATE;

  /** A date as exactly as it is known: "18 March 2025", "March 2025", "around 19 March 2025". */
  public String describe(LocalDate date, Format format) {
    if (date == null) {
      return "";
    }
    return switch (this) {
      case DAY -> format.day(date);
      case MONTH -> format.month(date);
      case APPROXIMATE -> "around " + format.day(date);
    };
  }
}
