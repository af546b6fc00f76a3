package storyline.admin;

import io.javalin.http.Context;
import java.time.Clock;
import org.jdbi.v3.core.Handle;
import storyline.revision.ChangeKind;
import storyline.revision.EntityType;
import storyline.revision.RevisionAction;
import storyline.revision.RevisionLog;

/**
 * Account changes in the revision log, recorded as every kind's are, never with a password hash.
 */
final class AccountHistory {
  private final RevisionLog log;
  private final Clock clock;

  AccountHistory(RevisionLog log, Clock clock) {
    this.log = log;
    this.clock = clock;
  }

  /** An account as its history keeps it: never the password hash. */
  record AccountSnapshot(String username, String displayName, EditorRole role, boolean disabled) {
    static AccountSnapshot of(Editor e) {
      return new AccountSnapshot(e.username(), e.displayName(), e.role(), e.disabled());
    }
  }

  /** Records the change as every kind's changes are recorded, without the password hash. */
  void record(
      Context ctx, Handle h, Editor editor, RevisionAction action, ChangeKind kind, String what) {
    new SaveContext(h, clock.instant(), AdminPages.signedIn(ctx).editor().id(), "", false, log)
        .record(
            EntityType.EDITOR,
            editor.id(),
            editor.version(),
            action,
            kind,
            what + " " + editor.username(),
            null,
            AccountSnapshot.of(editor));
  }
}
