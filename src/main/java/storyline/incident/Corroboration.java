package storyline.incident;

import java.util.List;
import storyline.source.Source;
import storyline.source.SourceKind;

/**
 * What the kinds of an entry's sources say about how well it is established. One independent source
 * alone does not corroborate: it may only be relaying what a party said.
 */
public enum Corroboration {
  NO_SOURCES("No sources cited", "No source has been cited for this yet."),
  PARTIES_ONLY(
      "Reported only by parties to the conflict",
      "Every source is an official of a side in the conflict."),
  SINGLE_INDEPENDENT(
      "One independent source, not yet corroborated",
      "A single independent source reports this; nothing else confirms it yet."),
  INDEPENDENTLY_CORROBORATED(
      "Independently corroborated",
      "More than one source reports this, and at least one is independent of the parties.");

  private final String label;
  private final String explanation;

  Corroboration(String label, String explanation) {
    this.label = label;
    this.explanation = explanation;
  }

  public String label() {
    return label;
  }

  public String explanation() {
    return explanation;
  }

  public static Corroboration of(List<Source> sources) {
    if (sources.isEmpty()) {
      return NO_SOURCES;
    }
    long independent = sources.stream().map(Source::kind).filter(SourceKind::independent).count();
    if (independent == 0) {
      return PARTIES_ONLY;
    }
    return sources.size() == 1 ? SINGLE_INDEPENDENT : INDEPENDENTLY_CORROBORATED;
  }
}
