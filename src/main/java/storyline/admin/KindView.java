package storyline.admin;

/** A kind of entry as the admin's templates see it. */
public record KindView(String noun, String plural, String path, String fieldsTemplate) {}
