package storyline.admin;

/** A field of a form that could not be saved as sent, to be sent again. */
public record KeptField(String name, String value) {}
