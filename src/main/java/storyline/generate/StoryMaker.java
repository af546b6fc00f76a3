package storyline.generate;

import static storyline.generate.Draws.at;
import static storyline.generate.Draws.row;
import static storyline.generate.Draws.start;
import static storyline.generate.Draws.values;
import static storyline.generate.Draws.weighted;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jdbi.v3.core.Handle;
import storyline.admin.AdminTable;
import storyline.admin.Slugs;
import storyline.generate.Vocabulary.Country;
import storyline.incident.ActorPart;
import storyline.incident.ActorRole;
import storyline.incident.ClaimDao;
import storyline.incident.ClaimSnapshot;
import storyline.incident.DatePrecision;
import storyline.incident.Incident;
import storyline.incident.IncidentDao;
import storyline.incident.IncidentSnapshot;
import storyline.incident.IncidentType;
import storyline.incident.IncidentTypes;
import storyline.incident.IncidentValues;
import storyline.incident.TimeOfDay;
import storyline.incident.Verification;
import storyline.revision.ChangeKind;
import storyline.revision.EntityType;
import storyline.revision.RevisionAction;
import storyline.revision.RevisionLog.Subjects;
import storyline.search.SearchIndex;
import storyline.source.SourceDao;
import storyline.story.StoryDao;
import storyline.story.StoryStatus;

/** One story and its incidents, claims and quotes, in one transaction. */
final class StoryMaker {
  private final Handle handle;
  private final Random random;
  private final World world;
  private final int index;
  private final int storyCount;
  private final IncidentDao incidents;
  private final ClaimDao claims;
  private final SourceDao sources;
  private final List<Long> agreements = new ArrayList<>();
  private final Map<String, IncidentType> types;

  private final History history;
  private final Talk talk;
  private final SearchIndex search;

  StoryMaker(
      Handle handle,
      Random random,
      World world,
      int index,
      int storyCount,
      History history,
      SearchIndex search) {
    this.history = history;
    this.talk = new Talk(handle, random, history);
    this.search = search;
    this.handle = handle;
    this.random = random;
    this.world = world;
    this.index = index;
    this.storyCount = storyCount;
    this.incidents = handle.attach(IncidentDao.class);
    this.claims = handle.attach(ClaimDao.class);
    this.sources = handle.attach(SourceDao.class);
    this.types =
        IncidentTypes.of(handle).all(handle).stream()
            .collect(java.util.stream.Collectors.toMap(IncidentType::code, t -> t));
  }

  void make(int size) {
    int home = random.nextInt(Vocabulary.COUNTRIES.size());
    int other =
        (home + 1 + random.nextInt(Vocabulary.COUNTRIES.size() - 1)) % Vocabulary.COUNTRIES.size();
    Country country = Vocabulary.COUNTRIES.get(home);
    List<Long> places = sample(world.placesByCountry.get(home), 14);
    List<Long> cast = new ArrayList<>();
    cast.add(world.states.get(home));
    cast.add(world.states.get(other));
    cast.addAll(sample(world.peopleByCountry.get(home), 10));
    cast.addAll(sample(world.peopleByCountry.get(other), 6));
    cast.addAll(sample(world.international, 2));
    List<Long> storySources = sample(world.sources, 12);
    LocalDate start = Draws.EARLIEST.plusDays(random.nextInt(6 * 365));
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
        AdminTable.insert(
            handle,
            EntityType.STORY,
            AdminTable.columns(
                "slug",
                world.unique(Slugs.fromTitle(title)),
                "title",
                title,
                "summary",
                String.format(
                    java.util.Locale.ROOT,
                    "A synthetic story of %d incidents in %s, made to measure Storyline at scale.",
                    size,
                    country.name()),
                "body",
                "Generated from seed data for benchmarks. *Nothing here happened.*",
                "status",
                draft ? StoryStatus.DRAFT : StoryStatus.PUBLISHED,
                "published_at",
                draft ? null : created),
            created);
    history.created(
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
    String type = weighted(random, Vocabulary.TYPES, 3, 1, 2, 5, 3, 2, 1, 1);
    String subject = Vocabulary.SUBJECTS.get(random.nextInt(Vocabulary.SUBJECTS.size()));
    Long placeId = random.nextInt(10) == 0 ? null : places.get(random.nextInt(places.size()));
    String title = Vocabulary.incidentTitle(type, subject) + " " + (number + 1);
    LocalDate endsOn =
        type.equals(IncidentType.AGREEMENT) ? date.plusDays(7 + random.nextInt(60)) : null;
    Long violates =
        type.equals("strike") && !agreements.isEmpty() && random.nextInt(8) == 0
            ? agreements.get(agreements.size() - 1)
            : null;
    Verification verification = weighted(random, Verification.values(), 3, 4, 3, 1, 1);
    List<Long> cited = new ArrayList<>(sample(storySources, 1 + random.nextInt(2)));
    if (verification == Verification.CONFIRMED && !citesIndependent(cited)) {
      // Only a source independent of the parties can confirm, as the admin's rule says.
      Long independent =
          storySources.stream().filter(world.independentSources::contains).findFirst().orElse(null);
      if (independent == null) {
        verification = Verification.CLAIMED;
      } else {
        cited.set(0, independent);
      }
    }
    Instant at = at(date).plusSeconds(random.nextInt(36 * 3600));
    String summary =
        "Reports of "
            + subject
            + " "
            + type.replace('_', ' ')
            + " activity. "
            + Draws.detail(random)
            + " "
            + Draws.detail(random);
    DatePrecision precision =
        random.nextInt(12) == 0 ? DatePrecision.APPROXIMATE : DatePrecision.DAY;
    // Two in three incidents known to the day have a time of day, in UTC; drawn from the time
    // already drawn, so that adding it left every other draw of a seed as it was.
    int minute = (int) (at.getEpochSecond() / 60 % 1440);
    boolean timed = precision == DatePrecision.DAY && minute % 3 != 0;
    IncidentValues values =
        new IncidentValues(
            storyId,
            world.unique(Slugs.fromTitle(title)),
            title,
            type,
            date,
            precision,
            placeId,
            summary,
            verification,
            endsOn,
            violates,
            timed ? minute : TimeOfDay.UNKNOWN,
            timed ? "UTC" : null);
    long id = incidents.insert(values, at);
    Incident row = row(types.get(type), id, values, 1, at, null);
    if (type.equals(IncidentType.AGREEMENT)) {
      agreements.add(id);
    }
    cited.forEach(source -> sources.citeFromIncident(id, source));
    List<ActorPart> parts = new ArrayList<>();
    for (Long actor : sample(cast, 1 + random.nextInt(4))) {
      ActorRole role = ActorRole.values()[parts.isEmpty() ? 0 : 1 + random.nextInt(4)];
      incidents.addActor(id, actor, role);
      parts.add(new ActorPart(actor, role));
    }
    List<ClaimSnapshot> claimed = new ArrayList<>();
    if (random.nextInt(100) < 35) {
      claimed.addAll(talk.claims(storyId, id, placeId, parts, title, cast, cited, at));
    }
    Subjects subjects = new Subjects(id, placeId, parts.stream().map(ActorPart::actorId).toList());
    history.created(
        handle,
        EntityType.INCIDENT,
        id,
        storyId,
        "Added incident: " + title,
        new IncidentSnapshot(row, parts, cited, claimed),
        at,
        subjects);
    if (random.nextInt(100) < 8) {
      talk.quote(storyId, id, placeId, cast, cited, at.plusSeconds(3600), subjects);
    }
    if (random.nextInt(100) < 5) {
      row = statusChange(row, title, at.plusSeconds(86_400), subjects, citesIndependent(cited));
    }
    if (random.nextInt(100) < 2) {
      Instant withdrawn = at.plusSeconds(2 * 86_400);
      incidents.archive(id, withdrawn);
      history.recorded(
          handle,
          EntityType.INCIDENT,
          id,
          row.version() + 1,
          storyId,
          RevisionAction.ARCHIVE,
          ChangeKind.ARCHIVAL,
          "Withdrawn incident: " + title,
          Draws.withdrawn(row, withdrawn),
          withdrawn,
          subjects);
    }
  }

  private boolean citesIndependent(List<Long> cited) {
    return cited.stream().anyMatch(world.independentSources::contains);
  }

  /**
   * A later change of the incident's verification, as an editor would save it: to confirmed when an
   * independent source is cited, else to disputed.
   */
  private Incident statusChange(
      Incident before, String title, Instant at, Subjects subjects, boolean canConfirm) {
    Verification after =
        before.verification() == Verification.CONFIRMED || !canConfirm
            ? Verification.DISPUTED
            : Verification.CONFIRMED;
    if (after == before.verification()) {
      return before;
    }
    IncidentValues values = values(before, after);
    incidents.update(before.id(), before.version(), values, at);
    Incident saved = row(before.type(), before.id(), values, before.version() + 1, at, null);
    history.recorded(
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

  private List<Long> sample(List<Long> from, int count) {
    return Draws.sample(random, from, count);
  }
}
