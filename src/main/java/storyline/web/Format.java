package storyline.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** How dates and times read on pages: one place for the rules, given to every template. */
public final class Format {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter SHORT_DAY =
      DateTimeFormatter.ofPattern("d MMM", Locale.UK);
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter WEEKDAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.UK).withZone(ZoneOffset.UTC);

  public String day(LocalDate date) {
    return date == null ? "" : DAY.format(date);
  }

  public String shortDay(LocalDate date) {
    return date == null ? "" : SHORT_DAY.format(date);
  }

  public String weekday(LocalDate date) {
    return date == null ? "" : WEEKDAY.format(date);
  }

  /** A month: "March 2025". */
  public String month(LocalDate date) {
    return MONTH.format(date);
  }

  /** A date range such as an agreement's period: "18 March – 17 April 2025 (30 days)". */
  public String period(LocalDate start, LocalDate end) {
    if (end == null) {
      return "from " + day(start);
    }
    String from =
        start.getYear() == end.getYear()
            ? DateTimeFormatter.ofPattern("d MMMM", Locale.UK).format(start)
            : DAY.format(start);
    return from + " – " + DAY.format(end) + " (" + ChronoUnit.DAYS.between(start, end) + " days)";
  }

  public String time(Instant instant) {
    return instant == null ? "" : TIME.format(instant);
  }

  /** The machine-readable form for a time element's datetime attribute. */
  public String iso(Instant instant) {
    return instant == null
        ? ""
        : DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
  }

  public String iso(LocalDate date) {
    return date == null ? "" : date.toString();
  }

  /** The id of a form field's element: "claims[0].text" becomes "f-claims-0--text". */
  public String fieldId(String name) {
    return "f-" + name.replaceAll("[^A-Za-z0-9_-]", "-");
  }

  /** "1 incident", "3 incidents", "1,200 incidents". */
  public String count(long n, String singular, String plural) {
    return number(n) + " " + (n == 1 ? singular : plural);
  }

  /** A whole number with its thousands grouped: "1,200". */
  public String number(long n) {
    return String.format(Locale.UK, "%,d", n);
  }
}
