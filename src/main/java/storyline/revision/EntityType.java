package storyline.revision;

import storyline.db.Coded;

/** The kinds of entry that keep a history. */
public enum EntityType implements Coded {
  STORY("stories", "Stories"),
  ACTOR("actors", "Actors"),
  PLACE("places", "Places"),
  INCIDENT("incidents", "Incidents"),
  CLAIM("claims", "Claims"),
  QUOTE("quotes", "Quotes"),
  SOURCE("sources", "Sources"),
  EDITOR("editors", "Editors"),
  TYPE("incident_types", "Incident types");

  private final String table;
  private final String plural;

  EntityType(String table, String plural) {
    this.table = table;
    this.plural = plural;
  }

  /** The plural as a heading: "Stories". */
  public String plural() {
    return plural;
  }

  /** The table that holds this kind of entry; also the path segment of its pages. */
  public String table() {
    return table;
  }
}
