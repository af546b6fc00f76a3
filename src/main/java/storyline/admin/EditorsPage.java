package storyline.admin;

import java.util.List;

/** The list of editors' accounts, as {@code admin/editors.html} reads it. */
public record EditorsPage(List<Editor> editors) {}
