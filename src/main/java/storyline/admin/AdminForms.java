package storyline.admin;

/** What the admin's forms carry, and where after a form the editor may be sent. */
final class AdminForms {
  /** The field holding the session's CSRF token on every admin form. */
  static final String CSRF_FIELD = "_csrf";

  private AdminForms() {}

  /** A local admin address to return to after signing in; anything else goes to the dashboard. */
  static String safeNext(String next) {
    if (next == null
        || !next.startsWith("/admin")
        || next.startsWith("/admin/login")
        || next.contains("//")
        || next.contains("\\")
        || next.chars().anyMatch(c -> c < 0x20)) {
      return "/admin";
    }
    return next;
  }
}
