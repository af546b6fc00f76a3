package storyline.actor;

import storyline.admin.FieldErrors;
import storyline.admin.FormInput;
import storyline.db.Coded;

/** An actor as an editor types it. */
public record ActorForm(
    String slug, String name, String kind, String role, String affiliationId, String description) {

  static ActorForm read(FormInput in) {
    return new ActorForm(
        in.get("slug"),
        in.get("name"),
        in.get("kind"),
        in.get("role"),
        in.get("affiliation_id"),
        in.get("description"));
  }

  static ActorForm of(Actor a) {
    return new ActorForm(
        a.slug(),
        a.name(),
        a.kind().code(),
        a.role(),
        a.affiliationId() == null ? "" : a.affiliationId().toString(),
        a.description());
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
