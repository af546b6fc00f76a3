package storyline.incident;

import storyline.db.Coded;

/** What a claim does about its incident. */
public enum Stance implements Coded {
  ALLEGES,
  DENIES,
  CONFIRMS,
  BLAMES
}
