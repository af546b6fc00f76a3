package storyline.revision;

import java.time.Instant;
import storyline.web.Json;

/** Writes revisions, turning the saved row into its JSON snapshot. */
public final class RevisionLog {
  private final Json json;

  public RevisionLog(Json json) {
    this.json = json;
  }

  /** What is being recorded, before it has an id and a snapshot string. */
  public record Entry(
      EntityType entityType,
      long entityId,
      int version,
      Long editorId,
      RevisionAction action,
      ChangeKind kind,
      String headline,
      Long storyId,
      Object row,
      String note) {}

  public long record(RevisionDao dao, Entry entry, Instant at) {
    return dao.insert(
        new Revision(
            0,
            entry.entityType(),
            entry.entityId(),
            entry.version(),
            entry.editorId(),
            at,
            entry.action(),
            entry.kind(),
            truncate(entry.headline(), 400),
            entry.storyId(),
            json.write(entry.row()),
            entry.note() == null ? "" : entry.note()));
  }

  private static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
