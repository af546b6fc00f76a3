package storyline.admin;

import java.util.List;

/**
 * A kind's list, as {@code admin/list.html} reads it.
 *
 * @param query the words typed in the search box
 * @param archived whether the list shows archived entries instead of current ones
 */
public record EntryListPage(KindView kind, List<Entry> entries, String query, boolean archived) {}
