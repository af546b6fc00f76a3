package storyline.admin;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import storyline.web.Page;
import storyline.web.PageFields;

/** What every admin page's model starts with: who is signed in, the CSRF token, the flash. */
public final class AdminPages {
  static final String SIGNED_IN = "signedIn";

  private final Sessions sessions;
  private final List<EntryKind<?, ?>> kinds;

  /**
   * @param kinds the kinds of entry the admin edits, each a link of the navigation in this order
   */
  public AdminPages(Sessions sessions, List<EntryKind<?, ?>> kinds) {
    this.sessions = sessions;
    this.kinds = List.copyOf(kinds);
  }

  /** The signed-in editor; the gate has made sure there is one. */
  public static SignedIn signedIn(Context ctx) {
    SignedIn signedIn = ctx.attribute(SIGNED_IN);
    if (signedIn == null) {
      throw new IllegalStateException("Admin handler reached without a session: " + ctx.path());
    }
    return signedIn;
  }

  /** What every signed-in admin page shows around its content; takes the flash message. */
  public AdminFrame frame(Context ctx, String title, String path) {
    SignedIn signedIn = signedIn(ctx);
    return new AdminFrame(
        signedIn.editor(),
        signedIn.csrf(),
        sessions.takeFlash(signedIn),
        links(signedIn.editor(), path),
        Page.of(title, "Storyline's editors' admin.", path, "admin"));
  }

  /** Renders an admin page: the frame and the page's own record. */
  public static void render(Context ctx, String template, AdminFrame frame, Record page) {
    ctx.render(template, PageFields.of(frame, page));
  }

  private List<AdminLink> links(Editor editor, String path) {
    List<AdminLink> links = new ArrayList<>();
    links.add(new AdminLink("Dashboard", "/admin", path.equals("/admin")));
    for (EntryKind<?, ?> kind : kinds) {
      String href = "/admin/" + kind.type().table();
      links.add(new AdminLink(kind.plural(), href, path.startsWith(href)));
    }
    if (editor.isAdmin()) {
      links.add(new AdminLink("Editors", "/admin/editors", path.startsWith("/admin/editors")));
    }
    links.add(new AdminLink("Your account", "/admin/account", path.equals("/admin/account")));
    return links;
  }

  /** Leaves a message for the page the editor is sent to next. */
  public void flash(Context ctx, String message) {
    sessions.flash(signedIn(ctx), message);
  }
}
