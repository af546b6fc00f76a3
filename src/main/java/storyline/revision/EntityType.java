package storyline.revision;

import storyline.db.Coded;

/** The kinds of entry that keep a history. */
public enum EntityType implements Coded {
  STORY("stories"),
  ACTOR("actors"),
  PLACE("places"),
  INCIDENT("incidents"),
  CLAIM("claims"),
  QUOTE("quotes"),
  SOURCE("sources"),
  EDITOR("editors");

  private final String table;

  EntityType(String table) {
    this.table = table;
  }

  /** The table that holds this kind of entry; also the path segment of its pages. */
  public String table() {
    return table;
  }
}
