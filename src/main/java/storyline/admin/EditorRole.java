package storyline.admin;

import storyline.db.Coded;

/** What an editor may do: admins also manage the editors' accounts. */
public enum EditorRole implements Coded {
  EDITOR,
  ADMIN
}
