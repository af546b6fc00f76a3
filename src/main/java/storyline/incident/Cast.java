package storyline.incident;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import storyline.actor.ActorKind;

/** The actors of a set of incidents, each with the roles they played and how often. */
public final class Cast {
  private Cast() {}

  /** One actor and the parts they played. */
  public record Member(
      String slug,
      String name,
      ActorKind kind,
      String position,
      int incidentCount,
      List<RoleCount> roles) {}

  /** How many incidents an actor played one role in. */
  public record RoleCount(ActorRole role, int count) {}

  /** Members ordered by how many incidents they appear in, then by name. */
  public static List<Member> of(List<Involvement> involvements) {
    Map<Long, List<Involvement>> byActor = new LinkedHashMap<>();
    for (Involvement involvement : involvements) {
      byActor.computeIfAbsent(involvement.actorId(), id -> new ArrayList<>()).add(involvement);
    }
    List<Member> members = new ArrayList<>();
    for (List<Involvement> parts : byActor.values()) {
      Map<ActorRole, Integer> roles = new EnumMap<>(ActorRole.class);
      Set<Long> incidents = new HashSet<>();
      for (Involvement part : parts) {
        roles.merge(part.role(), 1, Integer::sum);
        incidents.add(part.incidentId());
      }
      Involvement first = parts.get(0);
      members.add(
          new Member(
              first.actorSlug(),
              first.actorName(),
              first.actorKind(),
              first.actorPosition(),
              incidents.size(),
              roles.entrySet().stream()
                  .map(e -> new RoleCount(e.getKey(), e.getValue()))
                  .toList()));
    }
    members.sort(
        Comparator.comparingInt(Member::incidentCount).reversed().thenComparing(Member::name));
    return members;
  }
}
