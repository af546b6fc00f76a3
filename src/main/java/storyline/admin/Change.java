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

  /** A change of status, which readers see as news of its own. */
  public static Change status(String from, String to, String title) {
    return new Change(
        ChangeKind.STATUS_CHANGE, "Status changed: " + from + " → " + to + " — " + title);
  }
}
