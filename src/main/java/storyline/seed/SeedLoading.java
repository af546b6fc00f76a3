package storyline.seed;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import storyline.actor.ActorDao;
import storyline.actor.ActorKind;
import storyline.db.Coded;
import storyline.incident.ActorRole;
import storyline.incident.ClaimDao;
import storyline.incident.ClaimSnapshot;
import storyline.incident.ClaimStatus;
import storyline.incident.DatePrecision;
import storyline.incident.IncidentDao;
import storyline.incident.IncidentEditing;
import storyline.incident.IncidentType;
import storyline.incident.IncidentValues;
import storyline.incident.Stance;
import storyline.incident.Verification;
import storyline.place.PlaceDao;
import storyline.quote.QuoteDao;
import storyline.quote.QuoteSnapshot;
import storyline.revision.ChangeKind;
import storyline.revision.EntityType;
import storyline.revision.RevisionAction;
import storyline.revision.RevisionLog;
import storyline.seed.SeedFile.SeedActor;
import storyline.seed.SeedFile.SeedClaim;
import storyline.seed.SeedFile.SeedIncident;
import storyline.seed.SeedFile.SeedInvolvement;
import storyline.seed.SeedFile.SeedPlace;
import storyline.seed.SeedFile.SeedQuote;
import storyline.seed.SeedFile.SeedSource;
import storyline.seed.SeedFile.SeedStory;
import storyline.source.SourceDao;
import storyline.source.SourceKind;
import storyline.story.StoryDao;
import storyline.story.StoryStatus;

/** One load: the ids given so far, by the keys and slugs the seed file uses. */
final class SeedLoading {
  private static final String NOTE = "Imported from the seed article.";

  private final RevisionLog revisions;
  private final Handle handle;
  private final Instant now;
  private final SourceDao sources;
  private final Map<String, Long> sourceIds = new HashMap<>();
  private final Map<String, Long> placeIds = new HashMap<>();
  private final Map<String, Long> actorIds = new HashMap<>();
  private final Map<String, Long> incidentIds = new HashMap<>();
  private final Map<String, String> actorNames = new HashMap<>();

  SeedLoading(Handle handle, Instant now, RevisionLog revisions) {
    this.revisions = revisions;
    this.handle = handle;
    this.now = now;
    this.sources = handle.attach(SourceDao.class);
  }

  void load(SeedFile seed) {
    seed.sources().forEach(this::source);
    seed.places().forEach(this::place);
    seed.actors().forEach(this::actor);
    seed.actors().forEach(this::affiliateAndRecord);
    seed.stories().forEach(this::story);
  }

  private void source(SeedSource s) {
    long id =
        sources.insert(
            s.url(),
            s.title(),
            s.publisher(),
            s.publishedOn(),
            code(SourceKind.class, s.kind()),
            s.notes(),
            now);
    sourceIds.put(s.key(), id);
    created(
        EntityType.SOURCE,
        id,
        null,
        "Added source: " + s.title(),
        sources.findById(id).orElseThrow());
  }

  private void place(SeedPlace p) {
    PlaceDao places = handle.attach(PlaceDao.class);
    long id = places.insert(p.slug(), p.name(), p.country(), p.latitude(), p.longitude(), now);
    placeIds.put(p.slug(), id);
    created(
        EntityType.PLACE, id, null, "Added place: " + p.name(), places.findById(id).orElseThrow());
  }

  private void actor(SeedActor a) {
    long id =
        handle
            .attach(ActorDao.class)
            .insert(
                a.slug(),
                a.name(),
                code(ActorKind.class, a.kind()),
                a.role(),
                null,
                a.description(),
                now);
    actorIds.put(a.slug(), id);
    actorNames.put(a.slug(), a.name());
  }

  /** Affiliations name other actors, so they are set once every actor has an id. */
  private void affiliateAndRecord(SeedActor a) {
    ActorDao actors = handle.attach(ActorDao.class);
    long id = actorIds.get(a.slug());
    if (a.affiliation() != null) {
      actors.setAffiliation(id, idOf(actorIds, "actor", a.affiliation()));
    }
    created(
        EntityType.ACTOR, id, null, "Added actor: " + a.name(), actors.findById(id).orElseThrow());
  }

  private void story(SeedStory s) {
    StoryDao stories = handle.attach(StoryDao.class);
    long storyId =
        stories.insert(
            s.slug(),
            s.title(),
            s.summary(),
            s.body(),
            code(StoryStatus.class, s.status()),
            now,
            now);
    created(
        EntityType.STORY,
        storyId,
        storyId,
        "Added story: " + s.title(),
        stories.findById(storyId).orElseThrow());
    s.incidents().forEach(i -> incident(storyId, i));
    s.quotes().forEach(q -> quote(storyId, q));
  }

  private void incident(long storyId, SeedIncident i) {
    IncidentDao incidents = handle.attach(IncidentDao.class);
    Long placeId = i.place() == null ? null : idOf(placeIds, "place", i.place());
    Long violatesId = i.violates() == null ? null : idOf(incidentIds, "incident", i.violates());
    long id =
        incidents.insert(
            new IncidentValues(
                storyId,
                i.slug(),
                i.title(),
                code(IncidentType.class, i.type()),
                i.occurredOn(),
                code(DatePrecision.class, i.precision()),
                placeId,
                i.summary(),
                code(Verification.class, i.verification()),
                i.endsOn(),
                violatesId),
            now);
    incidentIds.put(i.slug(), id);
    i.sources().forEach(key -> sources.citeFromIncident(id, idOf(sourceIds, "source", key)));
    for (SeedInvolvement v : i.actors()) {
      incidents.addActor(id, idOf(actorIds, "actor", v.actor()), code(ActorRole.class, v.role()));
    }
    i.claims().forEach(c -> claim(storyId, id, i.title(), c));
    created(
        EntityType.INCIDENT,
        id,
        storyId,
        "Added incident: " + i.title(),
        new IncidentEditing().snapshot(handle, id));
  }

  private void claim(long storyId, long incidentId, String incidentTitle, SeedClaim c) {
    ClaimDao claims = handle.attach(ClaimDao.class);
    long id =
        claims.insert(
            incidentId,
            idOf(actorIds, "actor", c.actor()),
            code(Stance.class, c.stance()),
            c.text(),
            c.saidOn(),
            code(ClaimStatus.class, c.status()),
            now);
    c.sources().forEach(key -> sources.citeFromClaim(id, idOf(sourceIds, "source", key)));
    created(
        EntityType.CLAIM,
        id,
        storyId,
        "New claim by " + actorNames.get(c.actor()) + " on: " + incidentTitle,
        new ClaimSnapshot(claims.findById(id).orElseThrow(), sources.idsCitedByClaim(id)));
  }

  private void quote(long storyId, SeedQuote q) {
    QuoteDao quotes = handle.attach(QuoteDao.class);
    Long incidentId = q.incident() == null ? null : idOf(incidentIds, "incident", q.incident());
    long id =
        quotes.insert(
            idOf(actorIds, "actor", q.actor()),
            storyId,
            incidentId,
            q.text(),
            q.saidOn(),
            q.context(),
            now);
    q.sources().forEach(key -> sources.citeFromQuote(id, idOf(sourceIds, "source", key)));
    created(
        EntityType.QUOTE,
        id,
        storyId,
        "Added quote: “" + q.text() + "”",
        new QuoteSnapshot(quotes.findById(id).orElseThrow(), sources.idsCitedByQuote(id)));
  }

  private void created(EntityType type, long id, Long storyId, String headline, Object row) {
    revisions.record(
        handle,
        new RevisionLog.Entry(
            type,
            id,
            1,
            null,
            RevisionAction.CREATE,
            ChangeKind.ADDITION,
            headline,
            storyId,
            row,
            NOTE),
        now);
  }

  private static long idOf(Map<String, Long> ids, String what, String key) {
    Long id = ids.get(key);
    if (id == null) {
      throw new IllegalStateException("The seed names an unknown " + what + ": " + key);
    }
    return id;
  }

  private static <E extends Enum<E> & Coded> E code(Class<E> type, String code) {
    return Coded.parse(type, code)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "The seed has an unknown " + type.getSimpleName() + ": " + code));
  }
}
