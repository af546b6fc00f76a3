package storyline.source;

import storyline.db.Coded;

/** Who stands behind a source, which decides how much it can corroborate. */
public enum SourceKind implements Coded {
  PARTY("Party to the conflict"),
  THIRD_PARTY("Third-party government or international body"),
  INDEPENDENT_MEDIA("Independent media"),
  OPEN_SOURCE("Open-source evidence");

  private final String label;

  SourceKind(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  public boolean independent() {
    return this != PARTY;
  }
}
