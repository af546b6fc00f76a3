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
    List<Held> positions,
    List<Part> parts,
    List<ClaimItem> claims,
    List<QuoteItem> quotes,
    int onPage,
    Page page) {

  /**
   * A position the actor held, as readers read it: "Defence Minister", "6 November 2012 – 12 May
   * 2024", and the story it held in, or null for every story.
   */
  public record Held(String title, String period, String story) {}

  /** An incident the actor took part in, and in which roles. */
  public record Part(IncidentItem incident, List<ActorRole> roles) {}
}
