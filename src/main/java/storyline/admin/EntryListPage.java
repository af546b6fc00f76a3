package storyline.admin;

import io.javalin.http.Context;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * A kind's list, as {@code admin/list.html} reads it.
 *
 * @param query the words typed in the search box
 * @param archived whether the list shows archived entries instead of current ones
 * @param stories the stories to narrow the list to, for kinds whose entries belong to one; null for
 *     others
 * @param story the story the list is narrowed to, as its id, or empty
 */
public record EntryListPage(
    KindView kind,
    List<Entry> entries,
    String query,
    boolean archived,
    List<Option> stories,
    String story) {

  /** The list the request asks for: its words (q), archived or not (show), its story (story). */
  static EntryListPage read(Handle h, Context ctx, EntryKind<?, ?> kind, KindView view) {
    String query = FormInput.clean(ctx.queryParam("q"));
    boolean archived = "archived".equals(ctx.queryParam("show"));
    String story = FormInput.clean(ctx.queryParam("story"));
    Long storyId = Ids.valid(story) ? Long.valueOf(story) : null;
    return new EntryListPage(
        view,
        kind.list(h, query, archived, storyId),
        query,
        archived,
        kind.table().inStories() ? AdminTable.storyOptions(h) : null,
        storyId == null ? "" : story);
  }
}
