package storyline.incident;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import storyline.actor.ActorKind;

/** The actors of a story's incidents, each with the roles they played and how often. */
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

  /** A row of the aggregate: one actor in one role, in so many incidents. */
  public record RoleRow(
      long actorId,
      String actorSlug,
      String actorName,
      ActorKind actorKind,
      String actorPosition,
      ActorRole role,
      int incidents) {}

  /**
   * Members ordered by how many incidents they appear in, then by name.
   *
   * @param perActor in how many incidents each actor appears, whatever the role
   */
  public static List<Member> of(List<RoleRow> rows, Map<Long, Integer> perActor) {
    Map<Long, List<RoleRow>> byActor = new LinkedHashMap<>();
    for (RoleRow row : rows) {
      byActor.computeIfAbsent(row.actorId(), id -> new ArrayList<>()).add(row);
    }
    List<Member> members = new ArrayList<>();
    for (List<RoleRow> parts : byActor.values()) {
      Map<ActorRole, Integer> roles = new EnumMap<>(ActorRole.class);
      parts.forEach(part -> roles.merge(part.role(), part.incidents(), Integer::sum));
      RoleRow first = parts.get(0);
      members.add(
          new Member(
              first.actorSlug(),
              first.actorName(),
              first.actorKind(),
              first.actorPosition(),
              perActor.getOrDefault(first.actorId(), 0),
              roles.entrySet().stream()
                  .map(e -> new RoleCount(e.getKey(), e.getValue()))
                  .toList()));
    }
    members.sort(
        Comparator.comparingInt(Member::incidentCount)
            .reversed()
            .thenComparing(Member::name)
            .thenComparing(Member::slug));
    return members;
  }
}
