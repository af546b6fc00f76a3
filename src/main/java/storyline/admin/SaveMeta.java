package storyline.admin;

import io.javalin.http.Context;

/** The fields every save carries beside the entry's own. */
record SaveMeta(int version, String note, boolean correction, boolean confirmed) {
  static SaveMeta read(Context ctx) {
    FormInput input = new FormInput(ctx);
    int version;
    try {
      version = Integer.parseInt(input.get("version"));
    } catch (NumberFormatException e) {
      version = -1;
    }
    return new SaveMeta(
        version,
        input.get("note"),
        input.checked("correction"),
        input.checked("confirm_duplicate"));
  }

  void check(FieldErrors errors) {
    errors.text("note", "note", note, 1000, false);
  }

  /** The save these fields describe, by the signed-in editor, in this transaction. */
  SaveContext context(
      io.javalin.http.Context ctx,
      org.jdbi.v3.core.Handle h,
      java.time.Instant now,
      storyline.revision.RevisionLog log) {
    return new SaveContext(h, now, AdminPages.signedIn(ctx).editor().id(), note, correction, log);
  }

  /**
   * Whether the editor asked for more rows (more actors, more claims) rather than to save: the form
   * comes back with everything typed and empty rows added, and nothing is saved. It works without
   * scripts.
   */
  static boolean wantsMoreRows(io.javalin.http.Context ctx) {
    return ctx.formParam(MORE_ROWS) != null;
  }

  /** The name of the button that asks for more rows. */
  static final String MORE_ROWS = "_more_rows";
}
