package storyline.revision;

import storyline.db.Coded;

/**
 * What a change means to a reader: a status change or a correction is news of its own, and goes out
 * as its own feed entry.
 */
public enum ChangeKind implements Coded {
  ADDITION("Added"),
  UPDATE("Updated"),
  CORRECTION("Correction"),
  STATUS_CHANGE("Status changed"),
  ARCHIVAL("Withdrawn"),
  RESTORATION("Restored");

  private final String label;

  ChangeKind(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
