package storyline.admin;

import java.util.List;
import java.util.Map;

/**
 * One editor's account, new or edited by an admin, as {@code admin/editor.html} reads it.
 *
 * @param account the account edited, or null for a new one
 * @param values what the form's fields hold
 * @param conflict the saved values beside the editor's after a conflict, or null
 */
public record EditorPage(
    Editor account,
    Map<String, String> values,
    Map<String, String> errors,
    List<Option> roles,
    List<ConflictView.Row> conflict) {}
