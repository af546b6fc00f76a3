package storyline.admin;

import java.util.List;

/**
 * A form that could not be saved as sent (a session that ended, a stale token), with what was
 * typed, ready to send again, as {@code admin/resume.html} reads it.
 */
public record ResumePage(String action, List<KeptField> fields, String message) {}
