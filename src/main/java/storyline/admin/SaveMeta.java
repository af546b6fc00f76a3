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
}
