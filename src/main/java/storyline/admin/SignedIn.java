package storyline.admin;

/** The editor behind the current admin request, and their session's CSRF token. */
public record SignedIn(Editor editor, String tokenHash, String csrf) {}
