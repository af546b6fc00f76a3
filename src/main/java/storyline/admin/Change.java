package storyline.admin;

import storyline.revision.ChangeKind;

/** What a save meant, for the change log and the feeds. */
public record Change(ChangeKind kind, String headline) {}
