package storyline.admin;

import io.javalin.http.Context;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import storyline.story.StoryDao;

/** /admin: recent changes and the drafts waiting to be published. */
public final class DashboardController {
  static final int RECENT = 25;

  private final Jdbi jdbi;
  private final AdminPages pages;

  public DashboardController(Jdbi jdbi, AdminPages pages) {
    this.jdbi = jdbi;
    this.pages = pages;
  }

  public void show(Context ctx) {
    Map<String, Object> model = pages.model(ctx, "Admin", "/admin");
    jdbi.useHandle(
        h -> {
          // Account changes ("Reset the password of editor t8") are for admins only.
          boolean admin = AdminPages.signedIn(ctx).editor().role() == EditorRole.ADMIN;
          model.put("changes", h.attach(DashboardDao.class).recent(RECENT, admin));
          model.put("drafts", h.attach(StoryDao.class).listDrafts());
        });
    ctx.render("admin/dashboard", model);
  }
}
