package storyline.incident;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A position in the incident list for keyset paging: the date and id of the incident at a page's
 * edge, written in URLs as {@code 2025-03-19_14}.
 */
public record Cursor(LocalDate date, long id) {
  private static final Pattern FORM = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})_(\\d{1,18})");

  public static Optional<Cursor> parse(String text) {
    Matcher m = FORM.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new Cursor(LocalDate.parse(m.group(1)), Long.parseLong(m.group(2))));
    } catch (DateTimeParseException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  public static Cursor of(IncidentItem incident) {
    return new Cursor(incident.occurredOn(), incident.id());
  }

  @Override
  public String toString() {
    return date + "_" + id;
  }
}
