package storyline.admin;

/** One link of the admin's navigation; current when it is the page shown. */
public record AdminLink(String label, String href, boolean current) {}
