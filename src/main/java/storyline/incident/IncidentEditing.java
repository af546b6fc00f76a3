package storyline.incident;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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
    // Published once, published for good: withdrawing is how an incident leaves the public.
    Instant publishedAt =
        current != null && current.published()
            ? current.publishedAt()
            : form.publishes() ? save.now() : null;
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
        "violates_id", v.violatesId(),
        "occurred_minute", v.occurredMinute(),
        "time_zone", v.timeZone(),
        "published_at", publishedAt);
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
        (i.published() ? "" : "Draft · ")
            + i.occurredOn()
            + " · "
            + i.type().label()
            + " · "
            + i.verification().label(),
        i.archivedAt() != null,
        i.archivedAt() == null && i.published() ? "/incidents/" + i.slug() : null,
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
        List.of(),
        IncidentForm.PUBLISH,
        "",
        "");
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
        claims,
        IncidentForm.publishOf(i.published()),
        IncidentForm.timeOf(i.occurredMinute()),
        i.timeZone() == null ? "" : i.timeZone());
  }

  @Override
  public IncidentForm read(FormInput input) {
    return IncidentForm.read(input);
  }

  @Override
  public FieldErrors validate(Handle handle, IncidentForm form, Long id) {
    return IncidentChecks.validate(handle, type(), form, id);
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
  public List<Inside<IncidentForm>> inside() {
    return IncidentInside.all();
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
    if (!before.published() && after.published()) {
      return Change.added(noun(), after.title());
    }
    return before.verification() != after.verification()
        ? Change.status(before.verification().code(), after.verification().code(), after.title())
        : Change.edit(noun(), after.title(), correction);
  }
}
