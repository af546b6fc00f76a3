package storyline.incident;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Claims grouped by the actor making them, so that the sides can be read side by side. */
public final class ClaimSides {
  private ClaimSides() {}

  /** One actor's claims about one incident. */
  public record Side(String actorSlug, String actorName, List<ClaimItem> claims) {}

  /** The sides in the order their first claim comes in the list. */
  public static List<Side> of(List<ClaimItem> claims) {
    Map<Long, List<ClaimItem>> byActor = new LinkedHashMap<>();
    for (ClaimItem claim : claims) {
      byActor.computeIfAbsent(claim.actorId(), id -> new ArrayList<>()).add(claim);
    }
    return byActor.values().stream()
        .map(list -> new Side(list.get(0).actorSlug(), list.get(0).actorName(), List.copyOf(list)))
        .toList();
  }
}
