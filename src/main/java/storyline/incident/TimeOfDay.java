package storyline.incident;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Locale;
import storyline.web.Format;

/**
 * When in its day an incident happened, where that is known: minutes after local midnight, and the
 * time zone it is told in (an IANA name such as Europe/Moscow), which may be unknown too.
 *
 * @param minute minutes after midnight, or {@link #UNKNOWN}
 * @param zone the zone's IANA name, or null
 */
public record TimeOfDay(int minute, String zone) {
  /** The minute of an incident whose time of day is not known: it comes first in its day. */
  public static final int UNKNOWN = -1;

  public static TimeOfDay of(int minute, String zone) {
    return new TimeOfDay(minute, zone == null || zone.isBlank() ? null : zone);
  }

  public boolean known() {
    return minute >= 0;
  }

  /** "14:30". */
  public String clock() {
    return known() ? LocalTime.of(minute / 60, minute % 60).toString() : "";
  }

  /**
   * The time as readers read it after {@code separator}: ", 14:30 Moscow Standard Time" or ",
   * 14:30"; empty when the time is not known. The zone's name is the one in use on that day.
   */
  public String label(String separator, LocalDate day) {
    if (!known()) {
      return "";
    }
    String name = zoneId() == null ? "" : " " + zoneName(day);
    return separator + clock() + name;
  }

  /** The date and time for machines: 2023-06-24T14:30+03:00, or without an offset if unknown. */
  public String iso(LocalDate day, Format format) {
    if (!known()) {
      return format.iso(day);
    }
    LocalTime time = LocalTime.of(minute / 60, minute % 60);
    ZoneId id = zoneId();
    return id == null
        ? day + "T" + time
        : day.atTime(time).atZone(id).toOffsetDateTime().toString();
  }

  private String zoneName(LocalDate day) {
    ZoneId id = zoneId();
    boolean summer = id.getRules().isDaylightSavings(day.atStartOfDay(id).toInstant());
    java.util.TimeZone tz = java.util.TimeZone.getTimeZone(id);
    return tz.getDisplayName(summer, java.util.TimeZone.LONG, Locale.ENGLISH);
  }

  private ZoneId zoneId() {
    if (zone == null) {
      return null;
    }
    try {
      return ZoneId.of(zone);
    } catch (DateTimeException unknown) {
      return null;
    }
  }

  /** Whether {@code name} is a time zone this machine knows, as the form checks it. */
  static boolean knownZone(String name) {
    try {
      ZoneId.of(name);
      return name.contains("/") || name.equals("UTC");
    } catch (DateTimeException unknown) {
      return false;
    }
  }

  /** The zone's name as a menu shows it: "Europe/Moscow (Moscow Standard Time)". */
  static String describe(String name) {
    return name + " (" + ZoneId.of(name).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ")";
  }
}
