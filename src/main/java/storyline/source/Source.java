package storyline.source;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/** A row of the sources table: where a fact, claim or quote was found. */
public record Source(
    long id,
    String url,
    String title,
    String publisher,
    LocalDate publishedOn,
    SourceKind kind,
    String notes,
    int version,
    Instant createdAt,
    Instant updatedAt,
    Instant archivedAt) {

  /** The address to link to: only http and https addresses are ever linked. */
  public String link() {
    if (url == null) {
      return null;
    }
    String lower = url.strip().toLowerCase(Locale.ROOT);
    return lower.startsWith("https://") || lower.startsWith("http://") ? url.strip() : null;
  }

  /** The publisher's name, or a plain statement that nobody knows it. */
  public String publisherOrUnknown() {
    return publisher == null || publisher.isBlank() ? "Publisher not known" : publisher;
  }
}
