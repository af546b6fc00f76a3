package storyline.admin;

import storyline.revision.ChangeKind;

/** What a save meant, for the change log and the feeds. */
public record Change(ChangeKind kind, String headline) {

  /** A correction when the editor says so, else a plain update: "Correction to actor: NATO". */
  public static Change edit(String noun, String title, boolean correction) {
    return correction
        ? new Change(ChangeKind.CORRECTION, "Correction to " + noun + ": " + title)
        : new Change(ChangeKind.UPDATE, "Updated " + noun + ": " + title);
  }

  /** An entry readers see for the first time, as when a draft incident is published. */
  public static Change added(String noun, String title) {
    return new Change(ChangeKind.ADDITION, "Added " + noun + ": " + title);
  }

  /**
   * A story's first publication: the one entry readers see of everything done while it was a draft.
   */
  public static Change published(String title) {
    return new Change(ChangeKind.STATUS_CHANGE, "Published: " + title);
  }

  /** A change of status, which readers see as news of its own. */
  public static Change status(String from, String to, String title) {
    return new Change(
        ChangeKind.STATUS_CHANGE, "Status changed: " + from + " → " + to + " — " + title);
  }
}
