package storyline.admin;

import java.time.Instant;

/** A row of the editors table: someone who may sign in to the admin. */
public record Editor(
    long id,
    String username,
    String displayName,
    String passwordHash,
    EditorRole role,
    boolean disabled,
    int version,
    Instant createdAt,
    Instant updatedAt,
    Instant archivedAt) {

  public boolean isAdmin() {
    return role == EditorRole.ADMIN;
  }
}
