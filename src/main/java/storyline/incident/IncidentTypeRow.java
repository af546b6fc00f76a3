package storyline.incident;

import java.time.Instant;

/** A row of the incident_types table, as the admin edits it; readers see {@link IncidentType}. */
public record IncidentTypeRow(
    long id,
    String code,
    String label,
    String description,
    String colour,
    MarkerShape shape,
    int version,
    Instant createdAt,
    Instant updatedAt,
    Instant archivedAt) {}
