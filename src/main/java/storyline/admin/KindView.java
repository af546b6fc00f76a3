package storyline.admin;

/**
 * A kind of entry as the admin's templates see it.
 *
 * @param moreRows whether its form has rows that "More rows" adds to (an incident's actors and
 *     claims)
 * @param createsInside whether its form creates entries of other kinds from inside it (the incident
 *     form's new place, actor and source)
 * @param archiving what archiving an entry is called, and what it does
 */
public record KindView(
    String noun,
    String plural,
    String path,
    String fieldsTemplate,
    boolean moreRows,
    boolean createsInside,
    ArchiveWords archiving) {}
