package storyline.incident;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import storyline.admin.FieldErrors;
import storyline.admin.FormInput;
import storyline.admin.Ids;
import storyline.db.Coded;

/**
 * An incident as an editor types it, with its cast, its claims and its sources: the incident form
 * edits all of them on one page, and they are saved together.
 */
public record IncidentForm(
    String storyId,
    String slug,
    String title,
    String type,
    String occurredOn,
    String precision,
    String placeId,
    String summary,
    String verification,
    String endsOn,
    String violatesId,
    List<String> sourceIds,
    List<ActorRow> actors,
    List<ClaimRow> claims,
    String publish,
    String occurredTime,
    String timeZone) {

  /** {@code publish} for a draft to be published as it is saved, the ticked box's value. */
  public static final String PUBLISH = "true";

  /** {@code publish} for an incident that is published already, and cannot be unpublished. */
  public static final String PUBLISHED = "published";

  /** {@code publish} for what the form is to say of an incident that is published or not. */
  static String publishOf(boolean published) {
    return published ? PUBLISHED : "";
  }

  /** Whether saving this form publishes a draft, or creates an incident published. */
  boolean publishes() {
    return PUBLISH.equals(publish);
  }

  /** The same form with another place, sources and cast: what creating them from inside it does. */
  IncidentForm with(String place, List<String> sources, List<ActorRow> cast) {
    return new IncidentForm(
        storyId,
        slug,
        title,
        type,
        occurredOn,
        precision,
        place,
        summary,
        verification,
        endsOn,
        violatesId,
        sources,
        cast,
        claims,
        publish,
        occurredTime,
        timeZone);
  }

  /** One line of the cast. */
  public record ActorRow(String actorId, String role) {
    boolean blank() {
      return actorId.isEmpty() && role.isEmpty();
    }
  }

  /** One claim; an empty id is a new claim. */
  public record ClaimRow(
      String id,
      String actorId,
      String stance,
      String text,
      String saidOn,
      String status,
      List<String> sourceIds,
      boolean remove) {

    boolean blank() {
      return id.isEmpty()
          && actorId.isEmpty()
          && stance.isEmpty()
          && text.isEmpty()
          && saidOn.isEmpty();
    }

    public static ClaimRow empty() {
      return new ClaimRow("", "", "", "", "", ClaimStatus.UNVERIFIED.code(), List.of(), false);
    }
  }

  static IncidentForm read(FormInput in) {
    List<ActorRow> actors = new ArrayList<>();
    for (int i : in.rows("actors")) {
      String p = "actors[" + i + "].";
      ActorRow row = new ActorRow(in.get(p + "actor_id"), in.get(p + "role"));
      if (!row.blank()) {
        actors.add(row);
      }
    }
    List<ClaimRow> claims = new ArrayList<>();
    for (int i : in.rows("claims")) {
      String p = "claims[" + i + "].";
      ClaimRow row =
          new ClaimRow(
              in.get(p + "id"),
              in.get(p + "actor_id"),
              in.get(p + "stance"),
              in.get(p + "text"),
              in.get(p + "said_on"),
              in.get(p + "status"),
              in.all(p + "source_ids"),
              in.checked(p + "remove"));
      if (!row.blank()) {
        claims.add(row);
      }
    }
    return new IncidentForm(
        in.get("story_id"),
        in.get("slug"),
        in.get("title"),
        in.get("type"),
        in.get("occurred_on"),
        in.get("precision"),
        in.get("place_id"),
        in.get("summary"),
        in.get("verification"),
        in.get("ends_on"),
        in.get("violates_id"),
        in.all("source_ids"),
        actors,
        claims,
        in.get("publish"),
        in.get("occurred_time"),
        in.get("time_zone"));
  }

  /** The checks that need no database. */
  FieldErrors validate() {
    FieldErrors errors = new FieldErrors();
    Ids.required(errors, "story_id", "the story", storyId);
    errors.slug("slug", slug);
    errors.line("title", "title", title, 200, true);
    if (type.isEmpty()) {
      errors.add("type", "Choose a type.");
    }
    errors.date("occurred_on", "date", occurredOn, true);
    errors.oneOf("precision", "precision", precision, DatePrecision.class, true);
    Ids.optional(errors, "place_id", "the place", placeId);
    errors.text("summary", "summary", summary, 4000, true);
    errors.oneOf("verification", "verification", verification, Verification.class, true);
    errors.date("ends_on", "end date", endsOn, false);
    checkTime(errors);
    if (!errors.has("ends_on")
        && !errors.has("occurred_on")
        && endsOnValue() != null
        && endsOnValue().isBefore(occurredOnValue())) {
      errors.add("ends_on", "The end date must not be before the date it happened.");
    }
    Ids.optional(errors, "violates_id", "the agreement", violatesId);
    Ids.sources(errors, "source_ids", sourceIds);
    Set<String> cast = new HashSet<>();
    for (int i = 0; i < actors.size(); i++) {
      ActorRow row = actors.get(i);
      String p = "actors[" + i + "].";
      Ids.required(errors, p + "actor_id", "the actor", row.actorId());
      errors.oneOf(p + "role", "role", row.role(), ActorRole.class, true);
      if (!cast.add(row.actorId() + "/" + row.role())) {
        errors.add(p + "role", "This actor is already listed in this role.");
      }
    }
    for (int i = 0; i < claims.size(); i++) {
      ClaimRow row = claims.get(i);
      String p = "claims[" + i + "].";
      Ids.optional(errors, p + "id", "the claim", row.id());
      if (row.remove()) {
        continue;
      }
      Ids.required(errors, p + "actor_id", "the actor making the claim", row.actorId());
      errors.oneOf(p + "stance", "stance", row.stance(), Stance.class, true);
      errors.text(p + "text", "claim", row.text(), 2000, true);
      errors.date(p + "said_on", "date of the claim", row.saidOn(), false);
      errors.oneOf(p + "status", "claim status", row.status(), ClaimStatus.class, true);
      Ids.sources(errors, p + "source_ids", row.sourceIds());
    }
    return errors;
  }

  /** A time of day needs a date known to the day; a time zone needs a time, and to exist. */
  private void checkTime(FieldErrors errors) {
    if (!occurredTime.isEmpty()) {
      if (minute() == TimeOfDay.UNKNOWN) {
        errors.add("occurred_time", "Enter the time as hours and minutes, like 14:30.");
      } else if (!DatePrecision.DAY.code().equals(precision)) {
        errors.add("occurred_time", "A time of day needs a date known to the day.");
      }
    }
    if (!timeZone.isEmpty()) {
      if (!TimeOfDay.knownZone(timeZone)) {
        errors.add("time_zone", "Choose the time zone from the list, like Europe/Moscow.");
      } else if (occurredTime.isEmpty()) {
        errors.add("time_zone", "A time zone goes with a time of day: enter the time too.");
      }
    }
  }

  private static final Pattern TIME = Pattern.compile("([01]?\\d|2[0-3])[:.h]([0-5]\\d)");

  /**
   * The time typed as minutes after midnight; {@link TimeOfDay#UNKNOWN} when empty or unreadable.
   */
  int minute() {
    Matcher m = TIME.matcher(occurredTime);
    return m.matches()
        ? Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2))
        : TimeOfDay.UNKNOWN;
  }

  /** What the form's time field shows for a saved minute. */
  static String timeOf(int minute) {
    return TimeOfDay.of(minute, null).clock();
  }

  /** The incident's own fields as typed, once they are valid, under the given slug. */
  IncidentValues values(String slug) {
    return new IncidentValues(
        story(),
        slug,
        title,
        typeValue(),
        occurredOnValue(),
        precisionValue(),
        place(),
        summary,
        verificationValue(),
        endsOnValue(),
        violates(),
        minute(),
        timeZone.isEmpty() ? null : timeZone);
  }

  long story() {
    return Long.parseLong(storyId);
  }

  /** The type's code; {@link IncidentChecks} has checked that the type exists. */
  String typeValue() {
    return type;
  }

  LocalDate occurredOnValue() {
    return FieldErrors.parseDate(occurredOn);
  }

  DatePrecision precisionValue() {
    return Coded.parse(DatePrecision.class, precision).orElseThrow();
  }

  Long place() {
    return placeId.isEmpty() ? null : Long.valueOf(placeId);
  }

  Verification verificationValue() {
    return Coded.parse(Verification.class, verification).orElseThrow();
  }

  LocalDate endsOnValue() {
    return FieldErrors.parseDate(endsOn);
  }

  Long violates() {
    return violatesId.isEmpty() ? null : Long.valueOf(violatesId);
  }
}
