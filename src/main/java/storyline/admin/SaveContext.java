package storyline.admin;

import java.time.Instant;
import org.jdbi.v3.core.Handle;
import storyline.revision.ChangeKind;
import storyline.revision.EntityType;
import storyline.revision.RevisionAction;
import storyline.revision.RevisionLog;

/**
 * One save in progress: its transaction, its time, who saves (null for the seed) and why. Kinds
 * that save children (an incident's claims) record the children's revisions through it.
 */
public record SaveContext(
    Handle handle, Instant now, Long editorId, String note, boolean correction, RevisionLog log) {

  public <T> T attach(Class<T> dao) {
    return handle.attach(dao);
  }

  public void record(
      EntityType type,
      long id,
      int version,
      RevisionAction action,
      ChangeKind kind,
      String headline,
      Long storyId,
      Object snapshot) {
    log.record(
        handle,
        new RevisionLog.Entry(
            type, id, version, editorId, action, kind, headline, storyId, snapshot, note),
        now);
  }
}
