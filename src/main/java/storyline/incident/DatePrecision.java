package storyline.incident;

import storyline.db.Coded;

/** How exactly an incident's date is known. */
public enum DatePrecision implements Coded {
  DAY,
  MONTH,
  APPROXIMATE
}
