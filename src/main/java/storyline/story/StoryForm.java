package storyline.story;

import java.time.LocalDate;
import storyline.admin.FieldErrors;
import storyline.admin.FormInput;
import storyline.db.Coded;

/** A story as an editor types it; every field is kept as typed until it validates. */
public record StoryForm(
    String slug, String title, String summary, String body, String status, String concludedOn) {

  static StoryForm read(FormInput in) {
    return new StoryForm(
        in.get("slug"),
        in.get("title"),
        in.get("summary"),
        in.get("body"),
        in.get("status"),
        in.get("concluded_on"));
  }

  static StoryForm of(Story story) {
    return new StoryForm(
        story.slug(),
        story.title(),
        story.summary(),
        story.body(),
        story.status().code(),
        story.concludedOn() == null ? "" : story.concludedOn().toString());
  }

  /** The checks that need no database. */
  FieldErrors validate() {
    FieldErrors errors = new FieldErrors();
    errors.slug("slug", slug);
    errors.line("title", "title", title, 200, true);
    errors.text("summary", "summary", summary, 2000, true);
    errors.text("body", "body", body, 100_000, false);
    errors.oneOf("status", "status", status, StoryStatus.class, true);
    errors.date("concluded_on", "date the story concluded", concludedOn, false);
    return errors;
  }

  /** When the story concluded, or null while it develops. */
  LocalDate concludedOnValue() {
    return FieldErrors.parseDate(concludedOn);
  }

  StoryStatus statusValue() {
    return Coded.parse(StoryStatus.class, status).orElseThrow();
  }
}
