package storyline.admin;

import java.util.Map;

/** The signed-in editor's own account, as {@code admin/account.html} reads it. */
public record AccountPage(Map<String, String> errors) {}
