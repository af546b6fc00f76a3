package storyline.quote;

import java.time.LocalDate;
import java.util.List;
import storyline.admin.FieldErrors;
import storyline.admin.FormInput;
import storyline.admin.Ids;

/** A quote as an editor types it. */
public record QuoteForm(
    String actorId,
    String storyId,
    String incidentId,
    String text,
    String saidOn,
    String context,
    List<String> sourceIds) {

  static QuoteForm read(FormInput in) {
    return new QuoteForm(
        in.get("actor_id"),
        in.get("story_id"),
        in.get("incident_id"),
        in.get("text"),
        in.get("said_on"),
        in.get("context"),
        in.all("source_ids"));
  }

  static QuoteForm of(Quote q, List<Long> sourceIds) {
    return new QuoteForm(
        String.valueOf(q.actorId()),
        String.valueOf(q.storyId()),
        q.incidentId() == null ? "" : q.incidentId().toString(),
        q.text(),
        q.saidOn() == null ? "" : q.saidOn().toString(),
        q.context(),
        Ids.strings(sourceIds));
  }

  FieldErrors validate() {
    FieldErrors errors = new FieldErrors();
    Ids.required(errors, "actor_id", "who said it", actorId);
    Ids.required(errors, "story_id", "the story", storyId);
    Ids.optional(errors, "incident_id", "the incident", incidentId);
    errors.text("text", "quote", text, 2000, true);
    errors.date("said_on", "date", saidOn, false);
    errors.text("context", "context", context, 500, false);
    Ids.sources(errors, "source_ids", sourceIds);
    return errors;
  }

  long actor() {
    return Long.parseLong(actorId);
  }

  long story() {
    return Long.parseLong(storyId);
  }

  Long incident() {
    return incidentId.isEmpty() ? null : Long.valueOf(incidentId);
  }

  LocalDate saidOnValue() {
    return FieldErrors.parseDate(saidOn);
  }
}
