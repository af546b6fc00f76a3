package storyline.revision;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import storyline.web.Json;
import storyline.web.Text;

/**
 * Writes revisions: the saved row as a JSON snapshot, and what the revision concerns (its incident,
 * that incident's place and every actor involved), so that change logs and feeds find it by index.
 */
public final class RevisionLog {
  /**
   * The shape of the snapshots written now, stored in each as {@value #SHAPE_FIELD}. Whenever a
   * snapshot's fields change (a row's field renamed, say), this goes up by one and the admin's
   * {@code Snapshots.upgraded} gains the step that reads the older shape, so that every revision
   * ever written can still be restored.
   */
  public static final int SHAPE = 2;

  public static final String SHAPE_FIELD = "shape";

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

  /** What a revision concerns: its incident, that incident's place, every actor involved. */
  public record Subjects(Long incidentId, Long placeId, Collection<Long> actorIds) {
    public static final Subjects NONE = new Subjects(null, null, List.of());
  }

  /** Records the revision in the handle's transaction, and returns its id. */
  public long record(Handle handle, Entry entry, Instant at) {
    RevisionDao dao = handle.attach(RevisionDao.class);
    return record(dao, entry, at, subjectsOf(dao, entry.entityType(), entry.entityId()));
  }

  /** Records the revision when the caller already knows what it concerns (bulk loads). */
  public long record(RevisionDao dao, Entry entry, Instant at, Subjects subjects) {
    long id =
        dao.insert(
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
                json.writeWith(entry.row(), SHAPE_FIELD, SHAPE),
                entry.note() == null ? "" : entry.note()),
            subjects.incidentId(),
            subjects.placeId());
    if (!subjects.actorIds().isEmpty()) {
      List<Long> actors = List.copyOf(new LinkedHashSet<>(subjects.actorIds()));
      dao.addActors(id, actors, at);
    }
    return id;
  }

  private static Subjects subjectsOf(RevisionDao dao, EntityType type, long id) {
    Optional<Long> incidentId = incidentOf(dao, type, id);
    List<Long> actors =
        switch (type) {
          case CLAIM -> dao.actorsOfClaim(id);
          case QUOTE -> dao.actorsOfQuote(id);
          case INCIDENT -> dao.actorsOfIncident(id);
          default -> List.of();
        };
    return new Subjects(
        incidentId.orElse(null), incidentId.flatMap(dao::placeOfIncident).orElse(null), actors);
  }

  private static Optional<Long> incidentOf(RevisionDao dao, EntityType type, long id) {
    return switch (type) {
      case INCIDENT -> Optional.of(id);
      case CLAIM -> dao.incidentOfClaim(id);
      case QUOTE -> dao.incidentOfQuote(id);
      default -> Optional.empty();
    };
  }

  /** Cut between whole characters, so a headline never ends in half an emoji. */
  private static String truncate(String text, int max) {
    return Text.truncate(Text.clean(text), max);
  }
}
