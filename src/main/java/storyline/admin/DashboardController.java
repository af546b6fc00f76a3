package storyline.admin;

import io.javalin.http.Context;
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
    // Account changes ("Reset the password of editor t8") are for admins only.
    boolean admin = AdminPages.signedIn(ctx).editor().role() == EditorRole.ADMIN;
    DashboardPage page =
        jdbi.withHandle(
            h ->
                new DashboardPage(
                    h.attach(DashboardDao.class).recent(RECENT, admin),
                    h.attach(StoryDao.class).listDrafts()));
    AdminPages.render(ctx, "admin/dashboard", pages.frame(ctx, "Admin", "/admin"), page);
  }
}
