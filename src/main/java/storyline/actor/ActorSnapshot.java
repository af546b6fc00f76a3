package storyline.actor;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/**
 * An actor as its history keeps it: the row's fields, as before positions existed, and beside them
 * the positions it held at that version.
 */
public record ActorSnapshot(@JsonUnwrapped Actor actor, List<Kept> positions) {

  /** A position as kept in a snapshot, in the form's terms. */
  public record Kept(String title, String storyId, String fromOn, String toOn) {}
}
