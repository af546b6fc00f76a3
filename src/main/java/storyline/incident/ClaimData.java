package storyline.incident;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import storyline.actor.ActorKind;
import storyline.source.Citation;
import storyline.web.Site;

/** Claims as schema.org Claim objects, each about its incident's Event, for JSON-LD. */
public final class ClaimData {
  private ClaimData() {}

  /** The id of an incident's Event in JSON-LD, which its claims point at. */
  public static String eventId(Site site, String incidentSlug) {
    return site.url("/incidents/" + incidentSlug) + "#event";
  }

  public static List<Map<String, Object>> of(
      List<ClaimItem> claims, Map<Long, List<Citation>> citations, Site site) {
    return claims.stream()
        .map(c -> claim(c, citations.getOrDefault(c.id(), List.of()), site))
        .toList();
  }

  private static Map<String, Object> claim(ClaimItem c, List<Citation> sources, Site site) {
    Map<String, Object> author = new LinkedHashMap<>();
    author.put("@type", c.actorKind() == ActorKind.PERSON ? "Person" : "Organization");
    author.put("name", c.actorName());
    author.put("url", site.url("/actors/" + c.actorSlug()));
    Map<String, Object> claim = new LinkedHashMap<>();
    claim.put("@type", "Claim");
    claim.put("@id", site.url("/incidents/" + c.incidentSlug()) + "#claim-" + c.id());
    claim.put("text", c.text());
    claim.put("author", author);
    if (c.saidOn() != null) {
      claim.put("datePublished", c.saidOn().toString());
    }
    claim.put("about", Map.of("@id", eventId(site, c.incidentSlug())));
    if (!sources.isEmpty()) {
      claim.put(
          "appearance",
          sources.stream().map(s -> Map.of("@type", "CreativeWork", "name", s.title())).toList());
    }
    return claim;
  }
}
