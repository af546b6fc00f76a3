package storyline.incident;

import java.time.LocalDate;
import storyline.db.Coded;
import storyline.web.Format;

/** How exactly an incident's date is known. */
public enum DatePrecision implements Coded {
  DAY,
  MONTH,
  APPROXIMATE;

  /** What a reader should know about a date of this precision, or null when it is exact. */
  public String caveat() {
    return switch (this) {
      case DAY -> null;
      case MONTH -> "(only the month is known)";
      case APPROXIMATE -> "(the exact day is not known)";
    };
  }

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
