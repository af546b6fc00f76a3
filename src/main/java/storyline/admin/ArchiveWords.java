package storyline.admin;

/**
 * What the admin calls archiving an entry of a kind, and what it tells the editor it did: most
 * kinds withdraw an entry from readers; an incident type is retired, and its incidents keep it.
 *
 * @param archive the button that archives: "Archive"
 * @param restore the button that undoes it: "Restore"
 * @param archived the entries' state, as the list's link names them: "archived"
 * @param done what the editor is told after archiving
 * @param undone what the editor is told after restoring
 */
public record ArchiveWords(
    String archive, String restore, String archived, String done, String undone) {

  /** Archiving as most kinds mean it: readers no longer see the entry. */
  public static final ArchiveWords WITHDRAW =
      new ArchiveWords(
          "Archive",
          "Restore",
          "archived",
          "Archived: readers no longer see it.",
          "Restored: readers see it again.");
}
