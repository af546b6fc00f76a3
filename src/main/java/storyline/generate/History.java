package storyline.generate;

import static storyline.generate.Draws.at;
import static storyline.generate.Draws.row;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import storyline.revision.ChangeKind;
import storyline.revision.EntityType;
import storyline.revision.RevisionAction;
import storyline.revision.RevisionDao;
import storyline.revision.RevisionLog;
import storyline.revision.RevisionLog.Subjects;

/** Writes the generated entries' revisions, as the admin would have on saving them. */
final class History {
  private final RevisionLog revisions;

  History(RevisionLog revisions) {
    this.revisions = revisions;
  }

  void created(
      Handle handle,
      EntityType type,
      long id,
      Long storyId,
      String headline,
      Object row,
      Instant at,
      Subjects subjects) {
    recorded(
        handle,
        type,
        id,
        1,
        storyId,
        RevisionAction.CREATE,
        ChangeKind.ADDITION,
        headline,
        row,
        at,
        subjects);
  }

  void recorded(
      Handle handle,
      EntityType type,
      long id,
      int version,
      Long storyId,
      RevisionAction action,
      ChangeKind kind,
      String headline,
      Object row,
      Instant at,
      Subjects subjects) {
    Object snapshot = row instanceof Optional<?> optional ? optional.orElseThrow() : row;
    revisions.record(
        handle.attach(RevisionDao.class),
        new RevisionLog.Entry(
            type, id, version, null, action, kind, headline, storyId, snapshot, Draws.NOTE),
        at,
        subjects);
  }
}
