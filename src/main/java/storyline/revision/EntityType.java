package storyline.revision;

import storyline.db.Coded;

/** The kinds of entry that keep a history. */
public enum EntityType implements Coded {
  STORY,
  ACTOR,
  PLACE,
  INCIDENT,
  CLAIM,
  QUOTE,
  SOURCE,
  EDITOR
}
