package storyline.source;

import java.time.LocalDate;
import storyline.admin.FieldErrors;
import storyline.admin.FormInput;
import storyline.db.Coded;

/** A source as an editor types it. */
public record SourceForm(
    String url, String title, String publisher, String publishedOn, String kind, String notes) {

  static SourceForm read(FormInput in) {
    return new SourceForm(
        in.get("url"),
        in.get("title"),
        in.get("publisher"),
        in.get("published_on"),
        in.get("kind"),
        in.get("notes"));
  }

  static SourceForm of(Source s) {
    return new SourceForm(
        s.url() == null ? "" : s.url(),
        s.title(),
        s.publisher() == null ? "" : s.publisher(),
        s.publishedOn() == null ? "" : s.publishedOn().toString(),
        s.kind().code(),
        s.notes());
  }

  FieldErrors validate() {
    FieldErrors errors = new FieldErrors();
    errors.url("url", "address", url, 2000);
    errors.line("title", "title", title, 300, true);
    errors.line("publisher", "publisher", publisher, 200, false);
    errors.date("published_on", "publication date", publishedOn, false);
    errors.oneOf("kind", "kind", kind, SourceKind.class, true);
    errors.text("notes", "notes", notes, 2000, false);
    return errors;
  }

  String urlValue() {
    return url.isEmpty() ? null : url;
  }

  String publisherValue() {
    return publisher.isEmpty() ? null : publisher;
  }

  LocalDate publishedOnValue() {
    return FieldErrors.parseDate(publishedOn);
  }

  SourceKind kindValue() {
    return Coded.parse(SourceKind.class, kind).orElseThrow();
  }
}
