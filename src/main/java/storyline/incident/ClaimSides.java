package storyline.incident;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Claims grouped by the side they speak for, so that the sides can be read side by side: the
 * Kremlin's claims and Russia's are one side. Within a side, claims keep the order they were said.
 */
public final class ClaimSides {
  private ClaimSides() {}

  /** One side's claims about one incident. */
  public record Side(String actorSlug, String actorName, List<ClaimItem> claims) {}

  /** The sides in the order their first claim comes in the list: who spoke first comes first. */
  public static List<Side> of(List<ClaimItem> claims) {
    Map<Long, List<ClaimItem>> bySide = new LinkedHashMap<>();
    for (ClaimItem claim : claims) {
      bySide.computeIfAbsent(claim.sideId(), id -> new ArrayList<>()).add(claim);
    }
    return bySide.values().stream()
        .map(list -> new Side(list.get(0).sideSlug(), list.get(0).sideName(), List.copyOf(list)))
        .toList();
  }
}
