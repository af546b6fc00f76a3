package storyline.actor;

import java.util.List;
import storyline.incident.ActorRole;
import storyline.incident.ClaimItem;
import storyline.incident.IncidentItem;
import storyline.quote.QuoteItem;
import storyline.web.Page;

/**
 * Everything an actor's page shows, as {@code actor/show.html} reads it.
 *
 * @param affiliation whom the actor belongs to, or null
 * @param affiliates who belongs to the actor
 * @param parts the newest incidents the actor took part in, with the roles it played
 */
public record ActorPage(
    Actor actor,
    Actor affiliation,
    List<Actor> affiliates,
    List<Part> parts,
    List<ClaimItem> claims,
    List<QuoteItem> quotes,
    int onPage,
    Page page) {

  /** An incident the actor took part in, and in which roles. */
  public record Part(IncidentItem incident, List<ActorRole> roles) {}
}
