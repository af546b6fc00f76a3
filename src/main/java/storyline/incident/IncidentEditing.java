package storyline.incident;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import storyline.actor.Actor;
import storyline.actor.ActorDao;
import storyline.admin.AdminSearch;
import storyline.admin.Change;
import storyline.admin.Entry;
import storyline.admin.EntryKind;
import storyline.admin.FieldErrors;
import storyline.admin.FormInput;
import storyline.admin.Ids;
import storyline.admin.Option;
import storyline.admin.SaveContext;
import storyline.admin.Slugs;
import storyline.admin.Snapshots;
import storyline.place.Place;
import storyline.place.PlaceDao;
import storyline.revision.ChangeKind;
import storyline.revision.EntityType;
import storyline.revision.RevisionAction;
import storyline.source.SourceDao;
import storyline.story.StoryDao;

/**
 * How the admin edits incidents: the incident, its cast, its sources and its claims, saved in one
 * transaction. Each claim keeps a history of its own, so a new claim or a change of a claim's
 * status is news of its own in the change log and the feeds.
 */
public final class IncidentEditing implements EntryKind<Incident, IncidentForm> {
  static final int BLANK_ACTOR_ROWS = 2;
  static final int BLANK_CLAIM_ROWS = 1;

  @Override
  public EntityType type() {
    return EntityType.INCIDENT;
  }

  @Override
  public List<Entry> list(Handle handle, String query, boolean archived) {
    return handle
        .attach(IncidentDao.class)
        .listForAdmin(AdminSearch.pattern(query), archived)
        .stream()
        .map(this::describe)
        .toList();
  }

  @Override
  public Optional<Incident> find(Handle handle, long id) {
    return handle.attach(IncidentDao.class).findById(id);
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
        i.updatedAt());
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
    if (id != null || form.place() == null) {
      return List.of();
    }
    return handle
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
  }

  @Override
  public Map<String, Object> options(Handle handle, IncidentForm form) {
    Map<String, Object> options = new HashMap<>();
    options.put(
        "stories",
        handle.attach(StoryDao.class).listCurrent().stream()
            .map(s -> new Option(String.valueOf(s.id()), s.title()))
            .toList());
    options.put("types", Option.of(IncidentType.class));
    options.put("precisions", Option.of(DatePrecision.class));
    options.put("verifications", Option.of(Verification.class));
    options.put(
        "places",
        handle.attach(PlaceDao.class).listPublic().stream()
            .map(p -> new Option(String.valueOf(p.id()), p.name() + ", " + p.country()))
            .toList());
    options.put(
        "agreements",
        handle.attach(IncidentDao.class).listCurrent().stream()
            .filter(i -> i.type() == IncidentType.AGREEMENT && !i.slug().equals(form.slug()))
            .map(i -> new Option(String.valueOf(i.id()), i.occurredOn() + " · " + i.title()))
            .toList());
    options.put(
        "actors",
        handle.attach(ActorDao.class).listPublic().stream()
            .map(a -> new Option(String.valueOf(a.id()), a.name()))
            .toList());
    options.put("roles", Option.of(ActorRole.class));
    options.put("stances", Option.of(Stance.class));
    options.put("claimStatuses", Option.of(ClaimStatus.class));
    options.put(
        "sources",
        handle.attach(SourceDao.class).listCurrent().stream()
            .map(
                s ->
                    new Option(
                        String.valueOf(s.id()), s.title() + " (" + s.publisherOrUnknown() + ")"))
            .toList());
    List<IncidentForm.ActorRow> actorRows = new ArrayList<>(form.actors());
    for (int i = 0; i < BLANK_ACTOR_ROWS; i++) {
      actorRows.add(new IncidentForm.ActorRow("", ""));
    }
    List<IncidentForm.ClaimRow> claimRows = new ArrayList<>(form.claims());
    for (int i = 0; i < BLANK_CLAIM_ROWS; i++) {
      claimRows.add(IncidentForm.ClaimRow.empty());
    }
    options.put("actorRows", actorRows);
    options.put("claimRows", claimRows);
    return options;
  }

  @Override
  public Map<String, String> values(Handle handle, IncidentForm form) {
    Map<Long, String> names =
        handle.attach(ActorDao.class).listPublic().stream()
            .collect(Collectors.toMap(Actor::id, Actor::name));
    Map<Long, String> places =
        handle.attach(PlaceDao.class).listPublic().stream()
            .collect(Collectors.toMap(Place::id, Place::name));
    Map<String, String> values = new LinkedHashMap<>();
    values.put("Slug", form.slug());
    values.put("Title", form.title());
    values.put("Type", form.type());
    values.put("Date", form.occurredOn());
    values.put("Precision", form.precision());
    values.put(
        "Place", form.place() == null ? "" : places.getOrDefault(form.place(), form.placeId()));
    values.put("Summary", form.summary());
    values.put("Verification", form.verification());
    values.put("Ends on", form.endsOn());
    values.put("Violates", form.violatesId());
    values.put("Sources", String.join(", ", form.sourceIds()));
    values.put(
        "Actors",
        form.actors().stream()
            .map(a -> name(names, a.actorId()) + " (" + a.role() + ")")
            .collect(Collectors.joining("; ")));
    values.put(
        "Claims",
        form.claims().stream()
            .map(
                c ->
                    name(names, c.actorId())
                        + " "
                        + c.stance()
                        + ": "
                        + c.text()
                        + " ["
                        + c.status()
                        + "]"
                        + (c.remove() ? " (to be withdrawn)" : ""))
            .collect(Collectors.joining("\n")));
    return values;
  }

  private static String name(Map<Long, String> names, String id) {
    return Ids.valid(id) ? names.getOrDefault(Long.valueOf(id), id) : id;
  }

  @Override
  public long insert(SaveContext save, IncidentForm form) {
    String slug = Slugs.forNew(save.handle(), type(), form.slug(), form.title());
    long id = save.attach(IncidentDao.class).insert(form.values(slug), save.now());
    saveChildren(save, id, form);
    return id;
  }

  @Override
  public boolean update(SaveContext save, Incident current, int version, IncidentForm form) {
    String slug = Slugs.forUpdate(form.slug(), current.slug());
    boolean saved =
        save.attach(IncidentDao.class).update(current.id(), version, form.values(slug), save.now());
    if (saved) {
      Slugs.renamed(save.handle(), type(), current.id(), current.slug(), slug, save.now());
      saveChildren(save, current.id(), form);
    }
    return saved;
  }

  /** The cast and the sources are replaced; claims are added, changed or withdrawn one by one. */
  private static void saveChildren(SaveContext save, long id, IncidentForm form) {
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
    JsonNode i = snapshot.path("incident");
    Incident current = find(handle, i.path("id").asLong()).orElseThrow();
    List<ActorPart> parts = new ArrayList<>();
    snapshot
        .path("actors")
        .forEach(
            a ->
                parts.add(
                    new ActorPart(
                        a.path("actorId").asLong(),
                        storyline.db.Coded.parse(ActorRole.class, a.path("role").asText())
                            .orElse(ActorRole.PARTICIPANT))));
    List<IncidentForm.ClaimRow> claims =
        claimsOfSnapshot(handle, current.id(), snapshot.path("claims"));
    return new IncidentForm(
        Snapshots.text(i, "storyId"),
        Snapshots.text(i, "slug"),
        Snapshots.text(i, "title"),
        Snapshots.text(i, "type"),
        Snapshots.text(i, "occurredOn"),
        Snapshots.text(i, "precision"),
        Snapshots.text(i, "placeId"),
        Snapshots.text(i, "summary"),
        Snapshots.text(i, "verification"),
        Snapshots.text(i, "endsOn"),
        Snapshots.text(i, "violatesId"),
        Snapshots.texts(snapshot, "sourceIds"),
        parts.stream()
            .map(p -> new IncidentForm.ActorRow(String.valueOf(p.actorId()), p.role().code()))
            .toList(),
        claims);
  }

  /**
   * The claims as the snapshot had them: a claim that still stands is set back to its old values,
   * one since withdrawn comes back as a new claim, and one added since is withdrawn.
   */
  private List<IncidentForm.ClaimRow> claimsOfSnapshot(
      Handle handle, long incidentId, JsonNode claims) {
    List<Long> standing =
        handle.attach(ClaimDao.class).listCurrentForIncident(incidentId).stream()
            .map(Claim::id)
            .toList();
    List<IncidentForm.ClaimRow> rows = new ArrayList<>();
    List<Long> kept = new ArrayList<>();
    for (JsonNode snapshot : claims) {
      JsonNode c = snapshot.path("claim");
      long id = c.path("id").asLong();
      boolean stands = standing.contains(id);
      if (stands) {
        kept.add(id);
      }
      rows.add(
          new IncidentForm.ClaimRow(
              stands ? String.valueOf(id) : "",
              Snapshots.text(c, "actorId"),
              Snapshots.text(c, "stance"),
              Snapshots.text(c, "text"),
              Snapshots.text(c, "saidOn"),
              Snapshots.text(c, "status"),
              Snapshots.texts(snapshot, "sourceIds"),
              false));
    }
    IncidentForm now = formOfIncident(handle, incidentId);
    for (IncidentForm.ClaimRow row : now.claims()) {
      if (!kept.contains(Long.valueOf(row.id()))) {
        rows.add(
            new IncidentForm.ClaimRow(
                row.id(),
                row.actorId(),
                row.stance(),
                row.text(),
                row.saidOn(),
                row.status(),
                row.sourceIds(),
                true));
      }
    }
    return rows;
  }

  private IncidentForm formOfIncident(Handle handle, long id) {
    return formOf(handle, find(handle, id).orElseThrow());
  }

  @Override
  public Change change(Incident before, Incident after, boolean correction) {
    return before.verification() != after.verification()
        ? Change.status(before.verification().code(), after.verification().code(), after.title())
        : Change.edit(noun(), after.title(), correction);
  }

  /** Saves one claim row of the incident form, and records what it meant. */
  private static final class ClaimSaving {
    private final SaveContext save;
    private final Incident incident;
    private final ClaimDao claims;
    private final SourceDao sources;

    ClaimSaving(SaveContext save, Incident incident) {
      this.save = save;
      this.incident = incident;
      this.claims = save.attach(ClaimDao.class);
      this.sources = save.attach(SourceDao.class);
    }

    void save(IncidentForm.ClaimRow row) {
      if (row.id().isEmpty()) {
        if (!row.remove()) {
          long id =
              claims.insert(
                  incident.id(),
                  Long.parseLong(row.actorId()),
                  stance(row),
                  row.text(),
                  FieldErrors.parseDate(row.saidOn()),
                  status(row),
                  save.now());
          cite(id, row);
          record(
              id,
              RevisionAction.CREATE,
              ChangeKind.ADDITION,
              "New claim by " + actorName(id) + " on: " + incident.title());
        }
        return;
      }
      long id = Long.parseLong(row.id());
      Claim before = claims.findById(id).orElseThrow();
      if (row.remove()) {
        claims.archive(id, save.now());
        record(
            id,
            RevisionAction.ARCHIVE,
            ChangeKind.ARCHIVAL,
            "Claim withdrawn, by " + actorName(id) + " on: " + incident.title());
        return;
      }
      List<Long> cited = Ids.longs(row.sourceIds()).stream().sorted().toList();
      boolean changed =
          before.actorId() != Long.parseLong(row.actorId())
              || before.stance() != stance(row)
              || !before.text().equals(row.text())
              || !java.util.Objects.equals(before.saidOn(), FieldErrors.parseDate(row.saidOn()))
              || before.status() != status(row)
              || !sources.idsCitedByClaim(id).stream().sorted().toList().equals(cited);
      if (!changed) {
        return;
      }
      claims.update(
          id,
          Long.parseLong(row.actorId()),
          stance(row),
          row.text(),
          FieldErrors.parseDate(row.saidOn()),
          status(row),
          save.now());
      sources.uncitedByClaim(id);
      cite(id, row);
      if (before.status() != status(row)) {
        record(
            id,
            RevisionAction.UPDATE,
            ChangeKind.STATUS_CHANGE,
            "Claim status changed: "
                + before.status().code()
                + " → "
                + status(row).code()
                + " — "
                + actorName(id)
                + " on: "
                + incident.title());
      } else {
        record(
            id,
            RevisionAction.UPDATE,
            save.correction() ? ChangeKind.CORRECTION : ChangeKind.UPDATE,
            (save.correction() ? "Correction to claim by " : "Updated claim by ")
                + actorName(id)
                + " on: "
                + incident.title());
      }
    }

    private void cite(long claimId, IncidentForm.ClaimRow row) {
      Ids.longs(row.sourceIds()).forEach(source -> sources.citeFromClaim(claimId, source));
    }

    private void record(long claimId, RevisionAction action, ChangeKind kind, String headline) {
      Claim claim = claims.findById(claimId).orElseThrow();
      save.record(
          EntityType.CLAIM,
          claimId,
          claim.version(),
          action,
          kind,
          headline,
          incident.storyId(),
          new ClaimSnapshot(claim, sources.idsCitedByClaim(claimId)));
    }

    private String actorName(long claimId) {
      long actorId = claims.findById(claimId).orElseThrow().actorId();
      return save.attach(ActorDao.class).findById(actorId).map(Actor::name).orElse("an actor");
    }

    private static Stance stance(IncidentForm.ClaimRow row) {
      return storyline.db.Coded.parse(Stance.class, row.stance()).orElseThrow();
    }

    private static ClaimStatus status(IncidentForm.ClaimRow row) {
      return storyline.db.Coded.parse(ClaimStatus.class, row.status()).orElseThrow();
    }
  }
}
