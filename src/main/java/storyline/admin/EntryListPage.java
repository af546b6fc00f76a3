package storyline.admin;

import java.util.List;

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
    String story) {}
