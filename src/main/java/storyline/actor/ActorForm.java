package storyline.actor;

import java.util.ArrayList;
import java.util.List;
import storyline.admin.FieldErrors;
import storyline.admin.FormInput;
import storyline.admin.Ids;
import storyline.db.Coded;

/** An actor as an editor types it, with the positions it held over time. */
public record ActorForm(
    String slug,
    String name,
    String kind,
    String role,
    String affiliationId,
    String description,
    List<PositionRow> positions) {

  /**
   * One position: its title, the story it holds in (empty for every story) and the days it holds
   * from and to (empty when open).
   */
  public record PositionRow(String title, String storyId, String fromOn, String toOn) {
    boolean blank() {
      return title.isEmpty() && storyId.isEmpty() && fromOn.isEmpty() && toOn.isEmpty();
    }

    static PositionRow empty() {
      return new PositionRow("", "", "", "");
    }
  }

  static ActorForm read(FormInput in) {
    List<PositionRow> positions = new ArrayList<>();
    for (int i : in.rows("positions")) {
      String p = "positions[" + i + "].";
      PositionRow row =
          new PositionRow(
              in.get(p + "title"),
              in.get(p + "story_id"),
              in.get(p + "from_on"),
              in.get(p + "to_on"));
      if (!row.blank()) {
        positions.add(row);
      }
    }
    return new ActorForm(
        in.get("slug"),
        in.get("name"),
        in.get("kind"),
        in.get("role"),
        in.get("affiliation_id"),
        in.get("description"),
        positions);
  }

  static ActorForm of(Actor a, List<Position> positions) {
    return new ActorForm(
        a.slug(),
        a.name(),
        a.kind().code(),
        a.role(),
        a.affiliationId() == null ? "" : a.affiliationId().toString(),
        a.description(),
        positions.stream()
            .map(
                p ->
                    new PositionRow(
                        p.title(),
                        p.storyId() == null ? "" : p.storyId().toString(),
                        p.fromOn() == null ? "" : p.fromOn().toString(),
                        p.toOn() == null ? "" : p.toOn().toString()))
            .toList());
  }

  FieldErrors validate() {
    FieldErrors errors = new FieldErrors();
    errors.slug("slug", slug);
    errors.line("name", "name", name, 200, true);
    errors.oneOf("kind", "kind", kind, ActorKind.class, true);
    errors.line("role", "role", role, 200, false);
    if (!affiliationId.isEmpty() && affiliation() == null) {
      errors.add("affiliation_id", "Choose the affiliation from the list.");
    }
    errors.text("description", "description", description, 4000, false);
    for (int i = 0; i < positions.size(); i++) {
      PositionRow row = positions.get(i);
      String p = "positions[" + i + "].";
      errors.line(p + "title", "position", row.title(), 200, true);
      Ids.optional(errors, p + "story_id", "the story", row.storyId());
      errors.date(p + "from_on", "first day", row.fromOn(), false);
      errors.date(p + "to_on", "last day", row.toOn(), false);
      if (!errors.has(p + "from_on")
          && !errors.has(p + "to_on")
          && !row.fromOn().isEmpty()
          && !row.toOn().isEmpty()
          && FieldErrors.parseDate(row.toOn()).isBefore(FieldErrors.parseDate(row.fromOn()))) {
        errors.add(p + "to_on", "The last day must not be before the first.");
      }
    }
    return errors;
  }

  ActorKind kindValue() {
    return Coded.parse(ActorKind.class, kind).orElseThrow();
  }

  Long affiliation() {
    try {
      return affiliationId.isEmpty() ? null : Long.valueOf(affiliationId);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
