package storyline.incident;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import storyline.admin.AdminTable;
import storyline.admin.Change;
import storyline.admin.Entry;
import storyline.admin.EntryKind;
import storyline.admin.FieldErrors;
import storyline.admin.FormInput;
import storyline.admin.Ids;
import storyline.admin.KindTable;
import storyline.admin.SaveContext;
import storyline.admin.Slugs;
import storyline.revision.EntityType;
import storyline.source.SourceDao;

/**
 * How the admin edits incidents: the incident, its cast, its sources and its claims, saved in one
 * transaction. Each claim keeps a history of its own, so a new claim or a change of a claim's
 * status is news of its own in the change log and the feeds.
 */
public final class IncidentEditing implements EntryKind<Incident, IncidentForm> {
  private static final KindTable<Incident> TABLE =
      KindTable.withSlug(EntityType.INCIDENT, Incident.class, Incident::slug, "title", "slug")
          .byStory();

  @Override
  public KindTable<Incident> table() {
    return TABLE;
  }

  static final int BLANK_ACTOR_ROWS = 2;
  static final int BLANK_CLAIM_ROWS = 1;

  @Override
  public Map<String, Object> columns(SaveContext save, IncidentForm form, Incident current) {
    IncidentValues v = form.values(slug(save, form.slug(), form.title(), current));
    return AdminTable.columns(
        "story_id", v.storyId(),
        "slug", v.slug(),
        "title", v.title(),
        "type", v.type(),
        "occurred_on", v.occurredOn(),
        "precision", v.precision(),
        "place_id", v.placeId(),
        "summary", v.summary(),
        "verification", v.verification(),
        "ends_on", v.endsOn(),
        "violates_id", v.violatesId());
  }

  /** Actors and claims, any number of each. */
  @Override
  public boolean hasRows() {
    return true;
  }

  @Override
  public Entry describe(Incident i) {
    return new Entry(
        i.id(),
        i.version(),
        i.title(),
        i.occurredOn() + " · " + i.type().label() + " · " + i.verification().label(),
        i.archivedAt() != null,
        i.archivedAt() == null ? "/incidents/" + i.slug() : null,
        i.storyId(),
        i.updatedAt(),
        i.archivedAt() == null ? "/admin/incidents/" + i.id() + "/preview" : null);
  }

  @Override
  public IncidentForm blank(Handle handle, Context ctx) {
    String story = FormInput.clean(ctx.queryParam("story_id"));
    return new IncidentForm(
        Ids.valid(story) ? story : "",
        "",
        "",
        "",
        "",
        DatePrecision.DAY.code(),
        "",
        "",
        Verification.REPORTED.code(),
        "",
        "",
        List.of(),
        List.of(),
        List.of());
  }

  @Override
  public IncidentForm formOf(Handle handle, Incident incident) {
    return form(
        handle,
        incident,
        handle.attach(IncidentDao.class).actorParts(incident.id()),
        handle.attach(SourceDao.class).idsCitedByIncident(incident.id()));
  }

  private static IncidentForm form(
      Handle handle, Incident i, List<ActorPart> parts, List<Long> sourceIds) {
    SourceDao sources = handle.attach(SourceDao.class);
    List<IncidentForm.ClaimRow> claims =
        handle.attach(ClaimDao.class).listCurrentForIncident(i.id()).stream()
            .map(
                c ->
                    new IncidentForm.ClaimRow(
                        String.valueOf(c.id()),
                        String.valueOf(c.actorId()),
                        c.stance().code(),
                        c.text(),
                        c.saidOn() == null ? "" : c.saidOn().toString(),
                        c.status().code(),
                        Ids.strings(sources.idsCitedByClaim(c.id())),
                        false))
            .toList();
    return new IncidentForm(
        String.valueOf(i.storyId()),
        i.slug(),
        i.title(),
        i.type().code(),
        i.occurredOn().toString(),
        i.precision().code(),
        i.placeId() == null ? "" : i.placeId().toString(),
        i.summary(),
        i.verification().code(),
        i.endsOn() == null ? "" : i.endsOn().toString(),
        i.violatesId() == null ? "" : i.violatesId().toString(),
        Ids.strings(sourceIds),
        parts.stream()
            .map(p -> new IncidentForm.ActorRow(String.valueOf(p.actorId()), p.role().code()))
            .toList(),
        claims);
  }

  @Override
  public IncidentForm read(FormInput input) {
    return IncidentForm.read(input, input.names());
  }

  @Override
  public FieldErrors validate(Handle handle, IncidentForm form, Long id) {
    FieldErrors errors = form.validate();
    if (!errors.has("story_id") && !Ids.allExist(handle, "stories", List.of(form.story()))) {
      errors.add("story_id", "Choose the story from the list.");
    }
    Slugs.checkFree(errors, handle, type(), form.slug(), id);
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
      if (agreement.isEmpty() || agreement.get().type() != IncidentType.AGREEMENT) {
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

  @Override
  public List<Warning> warnings(Handle handle, IncidentForm form, Long id) {
    List<Warning> sameTitle = EntryKind.super.warnings(handle, form, id);
    if (id != null || form.place() == null) {
      return sameTitle;
    }
    List<Warning> samePlaceAndDay =
        handle
            .attach(IncidentDao.class)
            .listLikelyDuplicates(form.occurredOnValue(), form.place(), form.typeValue(), -1)
            .stream()
            .map(
                d ->
                    new Warning(
                        "Possible duplicate: an incident of the same type at the same place on the"
                            + " same day already exists.",
                        d.title(),
                        "/admin/incidents/" + d.id() + "/edit"))
            .toList();
    return java.util.stream.Stream.concat(sameTitle.stream(), samePlaceAndDay.stream()).toList();
  }

  @Override
  public Map<String, Object> options(Handle handle, IncidentForm form) {
    return IncidentFormChoices.options(handle, form);
  }

  @Override
  public Map<String, String> values(Handle handle, IncidentForm form) {
    return IncidentFormChoices.values(handle, form);
  }

  /** The cast and the sources are replaced; claims are added, changed or withdrawn one by one. */
  @Override
  public void saved(SaveContext save, long id, IncidentForm form) {
    IncidentDao incidents = save.attach(IncidentDao.class);
    SourceDao sources = save.attach(SourceDao.class);
    incidents.removeActors(id);
    for (IncidentForm.ActorRow row : form.actors()) {
      incidents.addActor(
          id,
          Long.parseLong(row.actorId()),
          storyline.db.Coded.parse(ActorRole.class, row.role()).orElseThrow());
    }
    sources.uncitedByIncident(id);
    Ids.longs(form.sourceIds()).forEach(source -> sources.citeFromIncident(id, source));
    Incident incident = incidents.findById(id).orElseThrow();
    for (IncidentForm.ClaimRow row : form.claims()) {
      new ClaimSaving(save, incident).save(row);
    }
    incidents.recomputeContested(id);
  }

  @Override
  public Object snapshot(Handle handle, long id) {
    SourceDao sources = handle.attach(SourceDao.class);
    return new IncidentSnapshot(
        find(handle, id).orElseThrow(),
        handle.attach(IncidentDao.class).actorParts(id),
        sources.idsCitedByIncident(id),
        handle.attach(ClaimDao.class).listCurrentForIncident(id).stream()
            .map(c -> new ClaimSnapshot(c, sources.idsCitedByClaim(c.id())))
            .toList());
  }

  @Override
  public IncidentForm formOfSnapshot(Handle handle, JsonNode snapshot) {
    return new IncidentRestore(this).formOf(handle, snapshot);
  }

  @Override
  public Change change(Incident before, Incident after, boolean correction) {
    return before.verification() != after.verification()
        ? Change.status(before.verification().code(), after.verification().code(), after.title())
        : Change.edit(noun(), after.title(), correction);
  }
}
