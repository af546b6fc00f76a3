package storyline.actor;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import storyline.incident.ActorRole;
import storyline.incident.ClaimDao;
import storyline.incident.IncidentDao;
import storyline.incident.IncidentItem;
import storyline.incident.IncidentQuery;
import storyline.incident.Involvement;
import storyline.incident.ResolvedFilter;
import storyline.quote.QuoteDao;
import storyline.revision.EntityType;
import storyline.revision.Missing;
import storyline.web.Json;
import storyline.web.Page;
import storyline.web.PageFields;
import storyline.web.Site;

/** The actors index, grouped by kind, and one actor's page. */
public final class ActorController {
  /** The newest incidents, claims and quotes listed on an actor's page. */
  static final int ON_PAGE = 25;

  private final ActorDao actors;
  private final IncidentDao incidents;
  private final IncidentQuery query;
  private final ClaimDao claims;
  private final QuoteDao quotes;
  private final Json json;
  private final Site site;
  private final Missing missing;

  public ActorController(
      ActorDao actors,
      IncidentDao incidents,
      IncidentQuery query,
      ClaimDao claims,
      QuoteDao quotes,
      Json json,
      Site site,
      Missing missing) {
    this.actors = actors;
    this.incidents = incidents;
    this.query = query;
    this.claims = claims;
    this.quotes = quotes;
    this.json = json;
    this.site = site;
    this.missing = missing;
  }

  public void list(Context ctx) {
    Map<ActorKind, List<Actor>> byKind = new EnumMap<>(ActorKind.class);
    for (Actor actor : actors.listPublic()) {
      byKind.computeIfAbsent(actor.kind(), k -> new ArrayList<>()).add(actor);
    }
    ctx.render(
        "actor/list",
        PageFields.of(
            new ActorListPage(
                byKind,
                Page.of(
                        "Actors",
                        "The people, organizations and states involved in Storyline's stories.",
                        "/actors",
                        "actors")
                    .withFeeds(Page.FeedLink.site()))));
  }

  public void show(Context ctx) {
    Optional<Actor> found = actors.findPublic(ctx.pathParam("slug"));
    if (found.isEmpty()) {
      missing.answer(ctx, EntityType.ACTOR, ctx.pathParam("slug"), "actor");
      return;
    }
    Actor actor = found.get();
    Optional<Actor> affiliation =
        Optional.ofNullable(actor.affiliationId())
            .flatMap(actors::findById)
            .filter(a -> a.archivedAt() == null);
    List<IncidentItem> newest =
        query.newest(ResolvedFilter.ofActor(actor.id(), actor.slug()), ON_PAGE);
    Map<Long, List<ActorRole>> roles =
        newest.isEmpty()
            ? Map.of()
            : incidents
                .involvementsOfActor(actor.id(), newest.stream().map(IncidentItem::id).toList())
                .stream()
                .collect(
                    Collectors.groupingBy(
                        Involvement::incidentId,
                        Collectors.mapping(Involvement::role, Collectors.toList())));
    List<ActorPage.Part> parts =
        newest.stream()
            .map(i -> new ActorPage.Part(i, roles.getOrDefault(i.id(), List.of())))
            .toList();
    String path = "/actors/" + actor.slug();
    ActorPage page =
        new ActorPage(
            actor,
            affiliation.orElse(null),
            actors.listAffiliates(actor.id()),
            actors.listPublicPositions(actor.id()).stream().map(ActorController::held).toList(),
            parts,
            claims.listByActor(actor.id(), ON_PAGE),
            quotes.listByActor(actor.id(), ON_PAGE),
            ON_PAGE,
            Page.of(actor.name(), describe(actor), path, "actors")
                .withJsonLd("profile", json.writeForScript(structuredData(actor, affiliation)))
                .withFeeds(Page.FeedLink.at(actor.name() + " on Storyline", path, null)));
    ctx.render("actor/show", PageFields.of(page));
  }

  private static final storyline.web.Format FORMAT = new storyline.web.Format();

  /** A position with its days as readers read them. */
  private static ActorPage.Held held(Position p) {
    String period;
    if (p.fromOn() == null && p.toOn() == null) {
      period = "";
    } else if (p.toOn() == null) {
      period = "since " + FORMAT.day(p.fromOn());
    } else if (p.fromOn() == null) {
      period = "until " + FORMAT.day(p.toOn());
    } else {
      period = FORMAT.day(p.fromOn()) + " – " + FORMAT.day(p.toOn());
    }
    return new ActorPage.Held(p.title(), period, p.storyTitle());
  }

  /** An incident the actor took part in, with every role they played in it. */
  private static String describe(Actor actor) {
    return actor.role().isBlank() ? actor.name() : actor.name() + ": " + actor.role() + ".";
  }

  private Map<String, Object> structuredData(Actor actor, Optional<Actor> affiliation) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("@context", "https://schema.org");
    data.put("@type", actor.kind() == ActorKind.PERSON ? "Person" : "Organization");
    data.put("name", actor.name());
    if (!actor.role().isBlank()) {
      data.put(actor.kind() == ActorKind.PERSON ? "jobTitle" : "description", actor.role());
    }
    affiliation.ifPresent(
        a ->
            data.put(
                actor.kind() == ActorKind.PERSON ? "affiliation" : "parentOrganization",
                Map.of("@type", "Organization", "name", a.name())));
    data.put("url", site.url("/actors/" + actor.slug()));
    return data;
  }
}
