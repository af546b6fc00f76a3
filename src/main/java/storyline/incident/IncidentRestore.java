package storyline.incident;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import storyline.admin.EntryKind;
import storyline.admin.Snapshots;

/**
 * Reads an incident's revision snapshot back into the form that restores it: the incident, its
 * cast, its sources, and its claims reconciled with the ones standing now.
 */
final class IncidentRestore {
  private final EntryKind<Incident, IncidentForm> editing;

  IncidentRestore(EntryKind<Incident, IncidentForm> editing) {
    this.editing = editing;
  }

  /** The form that saves the incident back as the snapshot had it. */
  IncidentForm formOf(Handle handle, JsonNode snapshot) {
    JsonNode i = snapshot.path("incident");
    Incident current = editing.find(handle, i.path("id").asLong()).orElseThrow();
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
        claims,
        IncidentForm.publishOf(current.published()),
        // Snapshots older than the time of day have neither field: the time was not known.
        IncidentForm.timeOf(i.path("occurredMinute").asInt(TimeOfDay.UNKNOWN)),
        Snapshots.text(i, "timeZone"));
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
    return editing.formOf(handle, editing.find(handle, id).orElseThrow());
  }
}
