package storyline.incident;

import storyline.db.Coded;

/** What kind of event an incident is, as conflict-event datasets classify them. */
public enum IncidentType implements Coded {
  DIPLOMACY("Calls, meetings and talks"),
  AGREEMENT("Truces and deals"),
  STATEMENT("Addresses and joint statements"),
  STRIKE("Missile, drone and air strikes"),
  GROUND_COMBAT("Fighting on the ground"),
  HUMANITARIAN("Aid and corridors"),
  SANCTIONS("Sanctions"),
  OTHER("Anything else");

  private final String description;

  IncidentType(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
