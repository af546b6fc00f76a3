package storyline.place;

import storyline.db.Coded;

/** How exactly a place's point stands for where things happened. */
public enum PlacePrecision implements Coded {
  EXACT(null),
  CITY("The point marks the city, not a spot in it."),
  REGION("The point marks a region, not a spot in it."),
  APPROXIMATE("The point is approximate: where it happened is not known exactly.");

  private final String caveat;

  PlacePrecision(String caveat) {
    this.caveat = caveat;
  }

  /** What readers should know about the point, or null when it is exact. */
  public String caveat() {
    return caveat;
  }
}
