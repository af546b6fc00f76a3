package storyline.admin;

import java.util.List;
import storyline.web.Page;

/**
 * What every signed-in admin page shows around its own content: who is signed in, the CSRF token
 * its forms carry, a message left by the last action, and the navigation.
 */
public record AdminFrame(
    Editor editor, String csrf, String flash, List<AdminLink> adminLinks, Page page) {}
