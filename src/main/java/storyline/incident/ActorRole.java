package storyline.incident;

import storyline.db.Coded;

/** The part an actor played in an incident. */
public enum ActorRole implements Coded {
  INITIATOR,
  TARGET,
  PARTICIPANT,
  MEDIATOR,
  REPORTER
}
