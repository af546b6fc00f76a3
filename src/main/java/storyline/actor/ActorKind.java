package storyline.actor;

import storyline.db.Coded;

/** What sort of actor: a person, an organization or a state. */
public enum ActorKind implements Coded {
  PERSON("People"),
  ORGANIZATION("Organizations"),
  STATE("States");

  private final String plural;

  ActorKind(String plural) {
    this.plural = plural;
  }

  public String plural() {
    return plural;
  }
}
