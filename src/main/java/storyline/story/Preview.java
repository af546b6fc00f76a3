package storyline.story;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import storyline.incident.IncidentController;
import storyline.web.PreviewBanner;

/**
 * A draft story, or an incident of one, shown to a signed-in editor exactly as readers will see it
 * once published. The page is the readers' own, rendered by the readers' own code, inside a
 * transaction that publishes the story (and the incident) and is then rolled back: nothing of the
 * preview is ever committed, counted as a change or kept by the page cache (these routes are the
 * admin's, which the cache does not serve). Every query of the render runs on that transaction's
 * connection, because Jdbi hands the handle open on a thread to everything that asks for one on it.
 */
public final class Preview {
  private final Jdbi jdbi;
  private final StoryController stories;
  private final IncidentController incidents;
  private final Clock clock;

  public Preview(Jdbi jdbi, StoryController stories, IncidentController incidents, Clock clock) {
    this.jdbi = jdbi;
    this.stories = stories;
    this.incidents = incidents;
    this.clock = clock;
  }

  /** {@code GET /admin/stories/{id}/preview}: the story's page. */
  public void story(Context ctx) {
    long id = id(ctx);
    jdbi.useHandle(
        handle -> {
          handle.begin();
          try {
            String slug = publishedFor(handle, "SELECT id, slug FROM stories WHERE id = :id", id);
            ctx.attribute(
                PreviewBanner.ATTRIBUTE, new PreviewBanner("story", "/admin/stories/" + id));
            stories.page(ctx, slug);
          } finally {
            handle.rollback();
          }
        });
  }

  /**
   * {@code GET /admin/incidents/{id}/preview}: the incident's page, as its story's readers will see
   * it once both are published.
   */
  public void incident(Context ctx) {
    long id = id(ctx);
    jdbi.useHandle(
        handle -> {
          handle.begin();
          try {
            // The incident itself may be a draft: publish it too, before its story is counted.
            handle
                .createUpdate(
                    "UPDATE incidents SET published_at = COALESCE(published_at, :now) WHERE id = :id")
                .bind("id", id)
                .bind("now", clock.instant())
                .execute();
            String slug =
                publishedFor(
                    handle, "SELECT story_id AS id, slug FROM incidents WHERE id = :id", id);
            ctx.attribute(
                PreviewBanner.ATTRIBUTE, new PreviewBanner("incident", "/admin/incidents/" + id));
            incidents.page(ctx, slug);
          } finally {
            handle.rollback();
          }
        });
  }

  /**
   * Publishes, in the handle's transaction, the story of the entry that {@code find} reads (its
   * {@code id} the story's), with the count of public incidents that publication gives it; returns
   * the entry's slug. An archived entry has no preview: readers will not see it.
   */
  private String publishedFor(Handle handle, String find, long id) {
    Optional<Row> row =
        handle
            .createQuery(find + " AND archived_at IS NULL")
            .bind("id", id)
            .map((rs, c) -> new Row(rs.getLong("id"), rs.getString("slug")))
            .findOne();
    if (row.isEmpty()) {
      throw new NotFoundResponse("There is nothing to preview at this address.");
    }
    long story = row.get().id();
    handle
        .createUpdate(
            """
            UPDATE stories SET status = 'published', published_at = COALESCE(published_at, :now)
             WHERE id = :id AND archived_at IS NULL
            """)
        .bind("id", story)
        .bind("now", clock.instant())
        .execute();
    handle
        .createUpdate(
            """
            UPDATE stories
               SET incident_count = (SELECT COUNT(*) FROM public_incidents p WHERE p.story_id = :id)
             WHERE id = :id
            """)
        .bind("id", story)
        .execute();
    return row.get().slug();
  }

  private static long id(Context ctx) {
    try {
      return Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      throw new NotFoundResponse("There is nothing to preview at this address.");
    }
  }

  private record Row(long id, String slug) {}
}
