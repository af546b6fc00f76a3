package storyline.revision;

import io.javalin.http.Context;
import io.javalin.http.GoneResponse;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Answers a public address whose slug no public entry has: a renamed entry's old slug moves
 * permanently (301) to the new one, an archived entry is gone (410), anything else is not found.
 */
public final class Missing {
  private final Jdbi jdbi;

  public Missing(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /**
   * Only entries readers may see are redirected to or reported withdrawn: a draft story renamed
   * before publication must not show its new slug through its old one.
   */
  private static String published(EntityType type) {
    return switch (type) {
      case STORY -> "AND t.status = 'published'";
      case INCIDENT ->
          "AND t.published_at IS NOT NULL"
              + " AND EXISTS (SELECT 1 FROM stories s WHERE s.id = t.story_id"
              + " AND s.status = 'published' AND s.archived_at IS NULL)";
      default -> "";
    };
  }

  /** Redirects, or throws the 410 or 404 for the page. */
  public void answer(Context ctx, EntityType type, String slug, String what) {
    Optional<String> moved =
        jdbi.withHandle(
            h ->
                h.createQuery(
                        """
                        SELECT t.slug FROM slug_redirects r JOIN <table> t ON t.id = r.entity_id
                         WHERE r.entity_type = :type AND r.old_slug = :slug
                           AND t.archived_at IS NULL <published>
                        """)
                    .define("table", type.table())
                    .define("published", published(type))
                    .bind("type", type)
                    .bind("slug", slug)
                    .mapTo(String.class)
                    .findOne());
    if (moved.isPresent()) {
      ctx.redirect("/" + type.table() + "/" + moved.get(), HttpStatus.MOVED_PERMANENTLY);
      return;
    }
    boolean archived =
        jdbi.withHandle(
            h ->
                h.createQuery(
                            """
                        SELECT COUNT(*) FROM <table> t
                         WHERE (t.slug = :slug OR t.id IN (SELECT entity_id FROM slug_redirects
                                 WHERE entity_type = :type AND old_slug = :slug))
                           AND t.archived_at IS NOT NULL <published>
                        """)
                        .define("table", type.table())
                        .define("published", published(type))
                        .bind("type", type)
                        .bind("slug", slug)
                        .mapTo(Integer.class)
                        .one()
                    > 0);
    if (archived) {
      throw new GoneResponse(
          "This "
              + what
              + " has been withdrawn by Storyline's editors. It is kept in the"
              + " record, but no longer published.");
    }
    throw new NotFoundResponse("There is no " + what + " at this address.");
  }
}
