package storyline.actor;

import java.util.List;
import java.util.Map;
import storyline.web.Page;

/** Every public actor, grouped by kind, as {@code actor/list.html} reads it. */
public record ActorListPage(Map<ActorKind, List<Actor>> groups, Page page) {}
