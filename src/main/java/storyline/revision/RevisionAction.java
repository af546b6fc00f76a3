package storyline.revision;

import storyline.db.Coded;

/** What an editor did to an entry. */
public enum RevisionAction implements Coded {
  CREATE,
  UPDATE,
  ARCHIVE,
  RESTORE
}
