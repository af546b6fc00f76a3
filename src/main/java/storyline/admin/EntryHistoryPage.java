package storyline.admin;

import java.util.List;

/**
 * An entry's history, as {@code admin/history.html} reads it.
 *
 * @param diff the two versions compared, or null when none are asked for
 */
public record EntryHistoryPage(
    KindView kind, Entry entry, List<HistoryView.Row> revisions, HistoryView.Diff diff) {}
