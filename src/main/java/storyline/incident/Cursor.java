package storyline.incident;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A position in the incident list for keyset paging: the date, minute of the day and id of the
 * incident at a page's edge, written in URLs as {@code 2025-03-19_14} when its time of day is not
 * known and {@code 2025-03-19T870_14} when it is (minute 870, 14:30).
 */
public record Cursor(LocalDate date, int minute, long id) {
  private static final Pattern FORM =
      Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:T(\\d{1,4}))?_(\\d{1,18})");

  public static Optional<Cursor> parse(String text) {
    Matcher m = FORM.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      int minute = m.group(2) == null ? TimeOfDay.UNKNOWN : Integer.parseInt(m.group(2));
      if (minute > 1439) {
        return Optional.empty();
      }
      return Optional.of(
          new Cursor(LocalDate.parse(m.group(1)), minute, Long.parseLong(m.group(3))));
    } catch (DateTimeParseException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  public static Cursor of(IncidentItem incident) {
    return new Cursor(incident.occurredOn(), incident.occurredMinute(), incident.id());
  }

  @Override
  public String toString() {
    return date + (minute == TimeOfDay.UNKNOWN ? "" : "T" + minute) + "_" + id;
  }
}
