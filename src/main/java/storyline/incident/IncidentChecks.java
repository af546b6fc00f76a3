package storyline.incident;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import storyline.admin.FieldErrors;
import storyline.admin.Ids;
import storyline.admin.Slugs;
import storyline.revision.EntityType;
import storyline.source.SourceDao;

/**
 * The incident form's checks against the database: that what it chooses exists (story, place,
 * agreement, sources, actors, its own claims), that its slug is free, and that its verification
 * does not contradict its sources.
 */
final class IncidentChecks {
  private IncidentChecks() {}

  static FieldErrors validate(Handle handle, EntityType type, IncidentForm form, Long id) {
    FieldErrors errors = form.validate();
    if (!errors.has("story_id") && !Ids.allExist(handle, "stories", List.of(form.story()))) {
      errors.add("story_id", "Choose the story from the list.");
    }
    Slugs.checkFree(errors, handle, type, form.slug(), id);
    checkType(errors, handle, form, id);
    if (!errors.has("place_id")
        && form.place() != null
        && !Ids.allExist(handle, "places", List.of(form.place()))) {
      errors.add("place_id", "Choose the place from the list.");
    }
    if (!errors.has("violates_id") && form.violates() != null) {
      Optional<Incident> agreement =
          handle
              .attach(IncidentDao.class)
              .findById(form.violates())
              .filter(a -> a.archivedAt() == null);
      if (agreement.isEmpty() || !agreement.get().type().is(IncidentType.AGREEMENT)) {
        errors.add("violates_id", "Choose an agreement from the list.");
      } else if (id != null && agreement.get().id() == id) {
        errors.add("violates_id", "An agreement cannot violate itself.");
      }
    }
    if (!errors.has("source_ids")
        && !Ids.allExist(handle, "sources", Ids.longs(form.sourceIds()))) {
      errors.add("source_ids", "Choose the sources from the list.");
    }
    if (!errors.has("verification")
        && !errors.has("source_ids")
        && Verification.CONFIRMED.code().equals(form.verification())
        && handle.attach(SourceDao.class).listByIds(Ids.longs(form.sourceIds())).stream()
            .noneMatch(source -> source.kind().independent())) {
      // Readers would read "Independently confirmed" beside "Reported only by parties".
      errors.add(
          "verification",
          "“Independently confirmed” needs a source independent of the parties: cite one, or"
              + " choose another status.");
    }
    for (int i = 0; i < form.actors().size(); i++) {
      String field = "actors[" + i + "].actor_id";
      String actor = form.actors().get(i).actorId();
      if (!errors.has(field) && !Ids.allExist(handle, "actors", List.of(Long.valueOf(actor)))) {
        errors.add(field, "Choose the actor from the list.");
      }
    }
    List<Long> ownClaims =
        id == null
            ? List.of()
            : handle.attach(ClaimDao.class).listCurrentForIncident(id).stream()
                .map(Claim::id)
                .toList();
    for (int i = 0; i < form.claims().size(); i++) {
      IncidentForm.ClaimRow row = form.claims().get(i);
      String p = "claims[" + i + "].";
      if (!errors.has(p + "id")
          && !row.id().isEmpty()
          && !ownClaims.contains(Long.valueOf(row.id()))) {
        errors.add(p + "id", "This claim does not belong to this incident; reload the form.");
      }
      if (!row.remove()
          && !errors.has(p + "actor_id")
          && !Ids.allExist(handle, "actors", List.of(Long.valueOf(row.actorId())))) {
        errors.add(p + "actor_id", "Choose the actor making the claim from the list.");
      }
      if (!row.remove()
          && !errors.has(p + "source_ids")
          && !Ids.allExist(handle, "sources", Ids.longs(row.sourceIds()))) {
        errors.add(p + "source_ids", "Choose the sources from the list.");
      }
    }
    return errors;
  }

  /**
   * The type must exist, and be one still offered, unless the incident already had it: retiring a
   * type leaves its incidents as they are, and saving one of them keeps it.
   */
  private static void checkType(FieldErrors errors, Handle handle, IncidentForm form, Long id) {
    if (errors.has("type")) {
      return;
    }
    Optional<IncidentType> type = IncidentTypes.of(handle).find(handle, form.type());
    if (type.isEmpty()) {
      errors.add("type", "Choose the type from the list.");
    } else if (type.get().retired()) {
      boolean kept =
          id != null
              && handle
                  .attach(IncidentDao.class)
                  .findById(id)
                  .map(i -> i.type().is(form.type()))
                  .orElse(false);
      if (!kept) {
        errors.add(
            "type",
            "The type “" + type.get().label() + "” is retired: choose another from the list.");
      }
    }
  }
}
