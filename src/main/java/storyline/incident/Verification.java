package storyline.incident;

import storyline.db.Coded;

/** How far an incident is established, from confirmed to retracted. */
public enum Verification implements Coded {
  CONFIRMED("Independently confirmed"),
  REPORTED("Reported by one source, not confirmed"),
  CLAIMED("Asserted by a party to the conflict"),
  DISPUTED("Contradicted by a party to the conflict"),
  RETRACTED("Withdrawn by its source");

  private final String description;

  Verification(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
