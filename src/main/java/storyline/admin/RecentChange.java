package storyline.admin;

import java.time.Instant;
import storyline.revision.ChangeKind;
import storyline.revision.EntityType;

/** A revision as the dashboard lists it, with who made it and where to edit the entry. */
public record RecentChange(
    long id,
    EntityType entityType,
    long entityId,
    int version,
    Instant at,
    ChangeKind kind,
    String headline,
    String note,
    String editorName,
    Long claimIncidentId) {

  /** The admin page of the entry; a claim is edited on its incident's page. */
  public String adminPath() {
    return switch (entityType) {
      case CLAIM -> "/admin/incidents/" + claimIncidentId + "/edit";
      case EDITOR -> "/admin/editors/" + entityId + "/edit";
      default -> "/admin/" + entityType.table() + "/" + entityId + "/edit";
    };
  }
}
