package storyline.generate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import storyline.actor.ActorDao;
import storyline.actor.ActorKind;
import storyline.admin.Slugs;
import storyline.generate.Vocabulary.Country;
import storyline.incident.ActorPart;
import storyline.incident.ActorRole;
import storyline.incident.Claim;
import storyline.incident.ClaimDao;
import storyline.incident.ClaimSnapshot;
import storyline.incident.ClaimStatus;
import storyline.incident.DatePrecision;
import storyline.incident.Incident;
import storyline.incident.IncidentDao;
import storyline.incident.IncidentSnapshot;
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
import storyline.revision.RevisionDao;
import storyline.revision.RevisionLog;
import storyline.revision.RevisionLog.Subjects;
import storyline.search.SearchIndex;
import storyline.source.SourceDao;
import storyline.source.SourceKind;
import storyline.story.StoryDao;
import storyline.story.StoryStatus;

/**
 * Fills an empty database with a synthetic but realistic site of a given size, for benchmarks and
 * scale tests: stories over several years, each with its own places, actors and sources, incidents
 * with casts, claims (some contested) and quotes, a few status changes, and some archived entries.
 * It writes through the app's DAOs and revision log, and the same seed always gives the same data,
 * timestamps included.
 */
public final class Generator {
  static final int INCIDENTS_PER_STORY = 1_000;
  static final String NOTE = "Generated for benchmarks.";
  private static final LocalDate EARLIEST = LocalDate.of(2019, 1, 1);

  private final Jdbi jdbi;
  private final RevisionLog revisions;
  private final SearchIndex search;

  public Generator(Jdbi jdbi, RevisionLog revisions, SearchIndex search) {
    this.jdbi = jdbi;
    this.revisions = revisions;
    this.search = search;
  }

  /** What was made. */
  public record Summary(int stories, int actors, int places, int incidents) {}

  /** Generates {@code incidents} incidents and all around them; refuses a database with a story. */
  public Summary generate(int incidents, long seed) {
    if (incidents < 1) {
      throw new IllegalArgumentException("--incidents must be at least 1");
    }
    if (jdbi.withHandle(h -> h.attach(StoryDao.class).countAll()) > 0) {
      throw new IllegalStateException(
          "The database already holds stories; generate fills only an empty database.");
    }
    Random random = new Random(seed);
    int storyCount = Math.max(1, Math.round(incidents / (float) INCIDENTS_PER_STORY));
    World world = jdbi.inTransaction(h -> new World(h, random, storyCount).build());
    int made = 0;
    for (int s = 0; s < storyCount; s++) {
      int size = s == storyCount - 1 ? incidents - made : incidents / storyCount;
      int index = s;
      jdbi.useTransaction(h -> new StoryMaker(h, random, world, index, storyCount).make(size));
      made += size;
    }

    return new Summary(storyCount, world.actorCount(), world.placeCount(), incidents);
  }

  /** Countries, their places and people, and the sources every story draws on. */
  private final class World {
    private final Handle handle;
    private final Random random;
    private final int stories;
    private final List<Long> states = new ArrayList<>();
    private final List<List<Long>> placesByCountry = new ArrayList<>();
    private final List<List<Long>> peopleByCountry = new ArrayList<>();
    private final List<Long> international = new ArrayList<>();
    private final List<Long> sources = new ArrayList<>();
    private final Set<String> slugs = new LinkedHashSet<>();
    private int actorCount;
    private int placeCount;

    World(Handle handle, Random random, int stories) {
      this.handle = handle;
      this.random = random;
      this.stories = stories;
    }

    World build() {
      Instant at = start();
      ActorDao actors = handle.attach(ActorDao.class);
      for (Country country : Vocabulary.COUNTRIES) {
        long state =
            actor(actors, country.name(), ActorKind.STATE, "Sovereign state", null, country, at);
        states.add(state);
        List<Long> people = new ArrayList<>();
        for (String org : Vocabulary.ORGANIZATIONS) {
          long id =
              actor(
                  actors,
                  org.formatted(country.name()),
                  ActorKind.ORGANIZATION,
                  "Government body",
                  state,
                  country,
                  at);
          people.add(id);
        }
        int persons = 4 + stories / 3;
        for (int p = 0; p < persons; p++) {
          String name = pick(Vocabulary.FIRST_NAMES) + " " + pick(Vocabulary.LAST_NAMES);
          String role = pick(Vocabulary.PERSON_ROLES) + " of " + country.name();
          people.add(actor(actors, name, ActorKind.PERSON, role, state, country, at));
        }
        peopleByCountry.add(people);
        List<Long> places = new ArrayList<>();
        int count = 8 + stories / 2;
        for (int p = 0; p < count; p++) {
          places.add(place(country, at));
        }
        placesByCountry.add(places);
      }
      for (String name : Vocabulary.INTERNATIONAL) {
        international.add(
            actor(actors, name, ActorKind.ORGANIZATION, "International body", null, null, at));
      }
      int sourceCount = 10 + stories * 3;
      for (int s = 0; s < sourceCount; s++) {
        sources.add(source(at));
      }
      search.rebuild(handle);
      return this;
    }

    private long actor(
        ActorDao actors,
        String name,
        ActorKind kind,
        String role,
        Long affiliation,
        Country country,
        Instant at) {
      String slug = unique(Slugs.fromTitle(name));
      String description =
          country == null
              ? name + " follows the conflicts of the region."
              : name + " speaks for " + country.name() + " in this synthetic data set.";
      long id = actors.insert(slug, name, kind, role, affiliation, description, at);
      actorCount++;
      created(
          handle,
          EntityType.ACTOR,
          id,
          null,
          "Added actor: " + name,
          actors.findById(id),
          at,
          Subjects.NONE);
      return id;
    }

    private long place(Country country, Instant at) {
      String name = pick(Vocabulary.PLACE_STARTS) + pick(Vocabulary.PLACE_ENDS);
      double latitude =
          round(country.south() + random.nextDouble() * (country.north() - country.south()));
      double longitude =
          round(country.west() + random.nextDouble() * (country.east() - country.west()));
      PlaceDao places = handle.attach(PlaceDao.class);
      String slug = unique(Slugs.fromTitle(name));
      long id = places.insert(slug, name, country.name(), latitude, longitude, at);
      placeCount++;
      created(
          handle,
          EntityType.PLACE,
          id,
          null,
          "Added place: " + name,
          places.findById(id),
          at,
          Subjects.NONE);
      return id;
    }

    private long source(Instant at) {
      SourceKind kind = weighted(random, SourceKind.values(), 3, 2, 4, 1);
      String publisher = kind == SourceKind.PARTY ? null : pick(Vocabulary.PUBLISHERS);
      String title =
          (kind == SourceKind.PARTY ? "Official statement on " : "Report on ")
              + pick(Vocabulary.SUBJECTS)
              + " "
              + (sources.size() + 1);
      SourceDao dao = handle.attach(SourceDao.class);
      long id =
          dao.insert(
              kind == SourceKind.PARTY
                  ? null
                  : "https://example.org/reports/" + (sources.size() + 1),
              title,
              publisher,
              null,
              kind,
              "",
              at);
      created(
          handle,
          EntityType.SOURCE,
          id,
          null,
          "Added source: " + title,
          dao.findById(id),
          at,
          Subjects.NONE);
      return id;
    }

    String unique(String base) {
      String slug = base;
      for (int n = 2; !slugs.add(slug); n++) {
        slug = base + "-" + n;
      }
      return slug;
    }

    private String pick(List<String> words) {
      return words.get(random.nextInt(words.size()));
    }

    int actorCount() {
      return actorCount;
    }

    int placeCount() {
      return placeCount;
    }
  }

  /** One story and its incidents, claims and quotes, in one transaction. */
  private final class StoryMaker {
    private final Handle handle;
    private final Random random;
    private final World world;
    private final int index;
    private final int storyCount;
    private final IncidentDao incidents;
    private final ClaimDao claims;
    private final SourceDao sources;
    private final List<Long> agreements = new ArrayList<>();

    StoryMaker(Handle handle, Random random, World world, int index, int storyCount) {
      this.handle = handle;
      this.random = random;
      this.world = world;
      this.index = index;
      this.storyCount = storyCount;
      this.incidents = handle.attach(IncidentDao.class);
      this.claims = handle.attach(ClaimDao.class);
      this.sources = handle.attach(SourceDao.class);
    }

    void make(int size) {
      int home = random.nextInt(Vocabulary.COUNTRIES.size());
      int other =
          (home + 1 + random.nextInt(Vocabulary.COUNTRIES.size() - 1))
              % Vocabulary.COUNTRIES.size();
      Country country = Vocabulary.COUNTRIES.get(home);
      List<Long> places = sample(world.placesByCountry.get(home), 14);
      List<Long> cast = new ArrayList<>();
      cast.add(world.states.get(home));
      cast.add(world.states.get(other));
      cast.addAll(sample(world.peopleByCountry.get(home), 10));
      cast.addAll(sample(world.peopleByCountry.get(other), 6));
      cast.addAll(sample(world.international, 2));
      List<Long> storySources = sample(world.sources, 12);
      LocalDate start = EARLIEST.plusDays(random.nextInt(6 * 365));
      int days = 120 + random.nextInt(600);
      String title =
          Vocabulary.STORY_TOPICS
                  .get(random.nextInt(Vocabulary.STORY_TOPICS.size()))
                  .formatted(country.name())
              + (storyCount > Vocabulary.STORY_TOPICS.size() ? " (" + (index + 1) + ")" : "");
      boolean draft = storyCount >= 10 && index % 20 == 7;
      Instant created = at(start);
      StoryDao stories = handle.attach(StoryDao.class);
      long storyId =
          stories.insert(
              world.unique(Slugs.fromTitle(title)),
              title,
              "A synthetic story of "
                  + size
                  + " incidents in "
                  + country.name()
                  + ", made to measure Storyline at scale.",
              "Generated from seed data for benchmarks. *Nothing here happened.*",
              draft ? StoryStatus.DRAFT : StoryStatus.PUBLISHED,
              draft ? null : created,
              created);
      created(
          handle,
          EntityType.STORY,
          storyId,
          storyId,
          "Added story: " + title,
          stories.findById(storyId),
          created,
          Subjects.NONE);
      List<LocalDate> dates = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        dates.add(start.plusDays(random.nextInt(days)));
      }
      dates.sort(null);
      for (int i = 0; i < size; i++) {
        incident(storyId, dates.get(i), places, cast, storySources, i);
      }
      incidents.recomputeContestedOfStory(storyId);
      stories.changed(storyId, at(start.plusDays(days)));
      search.indexStory(handle, storyId);
    }

    private void incident(
        long storyId,
        LocalDate date,
        List<Long> places,
        List<Long> cast,
        List<Long> storySources,
        int number) {
      IncidentType type = weighted(random, IncidentType.values(), 3, 1, 2, 5, 3, 2, 1, 1);
      String subject = Vocabulary.SUBJECTS.get(random.nextInt(Vocabulary.SUBJECTS.size()));
      Long placeId = random.nextInt(10) == 0 ? null : places.get(random.nextInt(places.size()));
      String title = title(type, subject) + " " + (number + 1);
      LocalDate endsOn =
          type == IncidentType.AGREEMENT ? date.plusDays(7 + random.nextInt(60)) : null;
      Long violates =
          type == IncidentType.STRIKE && !agreements.isEmpty() && random.nextInt(8) == 0
              ? agreements.get(agreements.size() - 1)
              : null;
      Verification verification = weighted(random, Verification.values(), 3, 4, 3, 1, 1);
      Instant at = at(date).plusSeconds(random.nextInt(36 * 3600));
      String summary =
          "Reports of "
              + subject
              + " "
              + type.label().toLowerCase(java.util.Locale.ROOT)
              + " activity. "
              + detail()
              + " "
              + detail();
      IncidentValues values =
          new IncidentValues(
              storyId,
              world.unique(Slugs.fromTitle(title)),
              title,
              type,
              date,
              random.nextInt(12) == 0 ? DatePrecision.APPROXIMATE : DatePrecision.DAY,
              placeId,
              summary,
              verification,
              endsOn,
              violates);
      long id = incidents.insert(values, at);
      Incident row = row(id, values, 1, at, null);
      if (type == IncidentType.AGREEMENT) {
        agreements.add(id);
      }
      List<Long> cited = sample(storySources, 1 + random.nextInt(2));
      cited.forEach(source -> sources.citeFromIncident(id, source));
      List<ActorPart> parts = new ArrayList<>();
      for (Long actor : sample(cast, 1 + random.nextInt(4))) {
        ActorRole role = ActorRole.values()[parts.isEmpty() ? 0 : 1 + random.nextInt(4)];
        incidents.addActor(id, actor, role);
        parts.add(new ActorPart(actor, role));
      }
      List<ClaimSnapshot> claimed = new ArrayList<>();
      if (random.nextInt(100) < 35) {
        claimed.addAll(claims(storyId, id, placeId, parts, title, cast, cited, at));
      }
      Subjects subjects =
          new Subjects(id, placeId, parts.stream().map(ActorPart::actorId).toList());
      created(
          handle,
          EntityType.INCIDENT,
          id,
          storyId,
          "Added incident: " + title,
          new IncidentSnapshot(row, parts, cited, claimed),
          at,
          subjects);
      if (random.nextInt(100) < 8) {
        quote(storyId, id, placeId, cast, cited, at.plusSeconds(3600), subjects);
      }
      if (random.nextInt(100) < 5) {
        row = statusChange(row, title, at.plusSeconds(86_400), subjects);
      }
      if (random.nextInt(100) < 2) {
        Instant withdrawn = at.plusSeconds(2 * 86_400);
        incidents.archive(id, withdrawn);
        recorded(
            handle,
            EntityType.INCIDENT,
            id,
            row.version() + 1,
            storyId,
            RevisionAction.ARCHIVE,
            ChangeKind.ARCHIVAL,
            "Withdrawn incident: " + title,
            row(id, values(row, row.verification()), row.version() + 1, withdrawn, withdrawn),
            withdrawn,
            subjects);
      }
    }

    private List<ClaimSnapshot> claims(
        long storyId,
        long incidentId,
        Long placeId,
        List<ActorPart> parts,
        String title,
        List<Long> cast,
        List<Long> cited,
        Instant at) {
      List<ClaimSnapshot> made = new ArrayList<>();
      boolean contested = random.nextInt(100) < 40;
      List<Long> speakers = sample(cast.subList(0, Math.min(cast.size(), 8)), contested ? 2 : 1);
      for (int c = 0; c < speakers.size(); c++) {
        Stance stance =
            c == 0
                ? (random.nextBoolean() ? Stance.ALLEGES : Stance.BLAMES)
                : (random.nextBoolean() ? Stance.DENIES : Stance.BLAMES);
        String text = Vocabulary.CLAIMS.get(random.nextInt(Vocabulary.CLAIMS.size()));
        LocalDate saidOn = at.atZone(ZoneOffset.UTC).toLocalDate();
        ClaimStatus status = weighted(random, ClaimStatus.values(), 5, 2, 1, 2);
        long claimId = claims.insert(incidentId, speakers.get(c), stance, text, saidOn, status, at);
        sources.citeFromClaim(claimId, cited.get(0));
        ClaimSnapshot snapshot =
            new ClaimSnapshot(
                new Claim(
                    claimId,
                    incidentId,
                    speakers.get(c),
                    stance,
                    text,
                    saidOn,
                    status,
                    1,
                    at,
                    at,
                    null),
                List.of(cited.get(0)));
        made.add(snapshot);
        List<Long> concerned = new ArrayList<>(parts.stream().map(ActorPart::actorId).toList());
        concerned.add(speakers.get(c));
        created(
            handle,
            EntityType.CLAIM,
            claimId,
            storyId,
            "New claim on: " + title,
            snapshot,
            at,
            new Subjects(incidentId, placeId, concerned));
      }
      return made;
    }

    private void quote(
        long storyId,
        long incidentId,
        Long placeId,
        List<Long> cast,
        List<Long> cited,
        Instant at,
        Subjects incident) {
      QuoteDao quotes = handle.attach(QuoteDao.class);
      String text = Vocabulary.QUOTES.get(random.nextInt(Vocabulary.QUOTES.size()));
      long speaker = cast.get(2 + random.nextInt(cast.size() - 2));
      long id =
          quotes.insert(
              speaker,
              storyId,
              incidentId,
              text,
              at.atZone(ZoneOffset.UTC).toLocalDate(),
              "Speaking to reporters",
              at);
      sources.citeFromQuote(id, cited.get(0));
      created(
          handle,
          EntityType.QUOTE,
          id,
          storyId,
          "Added quote: “" + text + "”",
          new QuoteSnapshot(quotes.findById(id).orElseThrow(), List.of(cited.get(0))),
          at,
          new Subjects(incidentId, placeId, concat(incident.actorIds(), speaker)));
    }

    /** A later change of the incident's verification, as an editor would save it. */
    private Incident statusChange(Incident before, String title, Instant at, Subjects subjects) {
      Verification after =
          before.verification() == Verification.CONFIRMED
              ? Verification.DISPUTED
              : Verification.CONFIRMED;
      IncidentValues values = values(before, after);
      incidents.update(before.id(), before.version(), values, at);
      Incident saved = row(before.id(), values, before.version() + 1, at, null);
      recorded(
          handle,
          EntityType.INCIDENT,
          before.id(),
          saved.version(),
          before.storyId(),
          RevisionAction.UPDATE,
          ChangeKind.STATUS_CHANGE,
          "Status changed: " + before.verification().code() + " → " + after.code() + " — " + title,
          saved,
          at,
          subjects);
      return saved;
    }

    private String title(IncidentType type, String subject) {
      return switch (type) {
        case STRIKE -> "Drone strike on " + subject;
        case GROUND_COMBAT -> "Fighting near " + subject;
        case DIPLOMACY -> "Talks on " + subject;
        case AGREEMENT -> "Truce covering " + subject;
        case STATEMENT -> "Statement on " + subject;
        case HUMANITARIAN -> "Aid convoy reaches " + subject;
        case SANCTIONS -> "Sanctions over " + subject;
        case OTHER -> "Incident at " + subject;
      };
    }

    private String detail() {
      return Vocabulary.DETAILS.get(random.nextInt(Vocabulary.DETAILS.size()));
    }

    private List<Long> sample(List<Long> from, int count) {
      List<Long> pool = new ArrayList<>(from);
      List<Long> picked = new ArrayList<>();
      for (int i = 0; i < count && !pool.isEmpty(); i++) {
        picked.add(pool.remove(random.nextInt(pool.size())));
      }
      return picked;
    }
  }

  private void created(
      Handle handle,
      EntityType type,
      long id,
      Long storyId,
      String headline,
      Object row,
      Instant at,
      Subjects subjects) {
    recorded(
        handle,
        type,
        id,
        1,
        storyId,
        RevisionAction.CREATE,
        ChangeKind.ADDITION,
        headline,
        row,
        at,
        subjects);
  }

  private void recorded(
      Handle handle,
      EntityType type,
      long id,
      int version,
      Long storyId,
      RevisionAction action,
      ChangeKind kind,
      String headline,
      Object row,
      Instant at,
      Subjects subjects) {
    Object snapshot = row instanceof Optional<?> optional ? optional.orElseThrow() : row;
    revisions.record(
        handle.attach(RevisionDao.class),
        new RevisionLog.Entry(
            type, id, version, null, action, kind, headline, storyId, snapshot, NOTE),
        at,
        subjects);
  }

  private static Incident row(
      long id, IncidentValues v, int version, Instant updated, Instant archived) {
    return new Incident(
        id,
        v.storyId(),
        v.slug(),
        v.title(),
        v.type(),
        v.occurredOn(),
        v.precision(),
        v.placeId(),
        v.summary(),
        v.verification(),
        v.endsOn(),
        v.violatesId(),
        version,
        updated,
        updated,
        archived);
  }

  private static IncidentValues values(Incident i, Verification verification) {
    return new IncidentValues(
        i.storyId(),
        i.slug(),
        i.title(),
        i.type(),
        i.occurredOn(),
        i.precision(),
        i.placeId(),
        i.summary(),
        verification,
        i.endsOn(),
        i.violatesId());
  }

  private static List<Long> concat(java.util.Collection<Long> ids, long more) {
    List<Long> all = new ArrayList<>(ids);
    all.add(more);
    return all;
  }

  private static Instant start() {
    return EARLIEST.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  private static Instant at(LocalDate date) {
    return date.atTime(9, 0).toInstant(ZoneOffset.UTC);
  }

  private static double round(double degrees) {
    return Math.round(degrees * 10_000) / 10_000.0;
  }

  /** One of the values, chosen with the given weights. */
  private static <T> T weighted(Random random, T[] values, int... weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int roll = random.nextInt(total);
    for (int i = 0; i < values.length; i++) {
      roll -= weights[i];
      if (roll < 0) {
        return values[i];
      }
    }
    return values[values.length - 1];
  }
}
