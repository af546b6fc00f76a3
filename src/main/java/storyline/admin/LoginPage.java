package storyline.admin;

import java.util.List;
import storyline.web.Page;

/**
 * The sign-in form, as {@code admin/login.html} reads it.
 *
 * @param next where to go once signed in
 * @param csrf the token of the sign-in form itself
 * @param resumeAction where a form interrupted by the sign-in posts, once signed in, or null
 * @param resumeFields that form's fields, encoded, or null
 * @param kept that form's fields, as the page lists them
 */
public record LoginPage(
    String username,
    String error,
    String next,
    String csrf,
    boolean signedOut,
    String resumeAction,
    String resumeFields,
    List<KeptField> kept,
    Page page) {}
