package storyline.web;

/** An error page, as {@code error.html} reads it. */
public record ErrorPage(int status, String heading, String message, Page page) {}
