package storyline.incident;

import storyline.db.Coded;

/** How far a single claim holds up. */
public enum ClaimStatus implements Coded {
  UNVERIFIED,
  CORROBORATED,
  CONTRADICTED,
  UNVERIFIABLE
}
