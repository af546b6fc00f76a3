package storyline.admin;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import storyline.web.Page;

/** What every admin page's model starts with: who is signed in, the CSRF token, the flash. */
public final class AdminPages {
  static final String SIGNED_IN = "signedIn";

  private final Sessions sessions;

  public AdminPages(Sessions sessions) {
    this.sessions = sessions;
  }

  /** The signed-in editor; the gate has made sure there is one. */
  public static SignedIn signedIn(Context ctx) {
    SignedIn signedIn = ctx.attribute(SIGNED_IN);
    if (signedIn == null) {
      throw new IllegalStateException("Admin handler reached without a session: " + ctx.path());
    }
    return signedIn;
  }

  public Map<String, Object> model(Context ctx, String title, String path) {
    SignedIn signedIn = signedIn(ctx);
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("editor", signedIn.editor());
    model.put("csrf", signedIn.csrf());
    model.put("flash", sessions.takeFlash(signedIn));
    model.put("adminLinks", links(signedIn.editor(), path));
    model.put("page", Page.of(title, "Storyline's editors' admin.", path, "admin"));
    return model;
  }

  /** One link of the admin's navigation. */
  public record Link(String label, String href, boolean current) {}

  private static List<Link> links(Editor editor, String path) {
    List<Link> links = new ArrayList<>();
    links.add(new Link("Dashboard", "/admin", path.equals("/admin")));
    for (String[] kind :
        new String[][] {
          {"Stories", "stories"}, {"Incidents", "incidents"}, {"Actors", "actors"},
          {"Places", "places"}, {"Sources", "sources"}, {"Quotes", "quotes"}
        }) {
      String href = "/admin/" + kind[1];
      links.add(new Link(kind[0], href, path.startsWith(href)));
    }
    if (editor.isAdmin()) {
      links.add(new Link("Editors", "/admin/editors", path.startsWith("/admin/editors")));
    }
    links.add(new Link("Your account", "/admin/account", path.equals("/admin/account")));
    return links;
  }

  /** Leaves a message for the page the editor is sent to next. */
  public void flash(Context ctx, String message) {
    sessions.flash(signedIn(ctx), message);
  }
}
