package storyline.admin;

import java.util.List;
import java.util.Map;

/**
 * A kind's form, new or editing an entry, as {@code admin/edit.html} reads it. The kind's own
 * choices for its selects ({@link EntryKind#options}) are handed to the template beside these.
 *
 * @param entry the entry edited, or null for a new one
 * @param version the version the form was loaded at, which the save carries
 * @param action where the form posts
 * @param warnings what the editor should confirm before saving
 * @param conflict the saved values beside the editor's after a conflict, or null
 * @param inside what was typed for entries the form creates from inside it, by field name
 */
public record EntryEditPage(
    KindView kind,
    Entry entry,
    Object form,
    Map<String, String> errors,
    int version,
    String action,
    String note,
    boolean correction,
    List<EntryKind.Warning> warnings,
    List<ConflictView.Row> conflict,
    Map<String, String> inside) {

  EntryEditPage withWarnings(List<EntryKind.Warning> more) {
    return new EntryEditPage(
        kind, entry, form, errors, version, action, note, correction, more, conflict, inside);
  }

  EntryEditPage withConflict(List<ConflictView.Row> rows) {
    return new EntryEditPage(
        kind, entry, form, errors, version, action, note, correction, warnings, rows, inside);
  }
}
