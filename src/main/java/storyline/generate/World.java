package storyline.generate;

import static storyline.generate.Draws.at;
import static storyline.generate.Draws.round;
import static storyline.generate.Draws.start;
import static storyline.generate.Draws.weighted;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import storyline.actor.ActorDao;
import storyline.actor.ActorKind;
import storyline.admin.AdminTable;
import storyline.admin.Slugs;
import storyline.generate.Vocabulary.Country;
import storyline.place.PlaceDao;
import storyline.revision.EntityType;
import storyline.revision.RevisionLog.Subjects;
import storyline.search.SearchIndex;
import storyline.source.SourceDao;
import storyline.source.SourceKind;

/** Countries, their places and people, and the sources every story draws on. */
final class World {
  private final Handle handle;
  private final Random random;
  private final int stories;
  final List<Long> states = new ArrayList<>();
  final List<List<Long>> placesByCountry = new ArrayList<>();
  final List<List<Long>> peopleByCountry = new ArrayList<>();
  final List<Long> international = new ArrayList<>();
  final List<Long> sources = new ArrayList<>();

  /** The sources independent of the parties, which alone can confirm an incident. */
  final java.util.Set<Long> independentSources = new java.util.HashSet<>();

  private final Set<String> slugs = new LinkedHashSet<>();
  private int actorCount;
  private int placeCount;

  private final History history;
  private final SearchIndex search;

  World(Handle handle, Random random, int stories, History history, SearchIndex search) {
    this.history = history;
    this.search = search;
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
    long id =
        AdminTable.insert(
            handle,
            EntityType.ACTOR,
            AdminTable.columns(
                "slug", slug,
                "name", name,
                "kind", kind,
                "role", role,
                "affiliation_id", affiliation,
                "description", description),
            at);
    actorCount++;
    history.created(
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
    long id =
        AdminTable.insert(
            handle,
            EntityType.PLACE,
            AdminTable.columns(
                "slug", slug,
                "name", name,
                "country", country.name(),
                "latitude", latitude,
                "longitude", longitude),
            at);
    placeCount++;
    history.created(
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
        AdminTable.insert(
            handle,
            EntityType.SOURCE,
            AdminTable.columns(
                "url",
                kind == SourceKind.PARTY
                    ? null
                    : "https://example.org/reports/" + (sources.size() + 1),
                "title",
                title,
                "publisher",
                publisher,
                "published_on",
                null,
                "kind",
                kind,
                "notes",
                ""),
            at);
    history.created(
        handle,
        EntityType.SOURCE,
        id,
        null,
        "Added source: " + title,
        dao.findById(id),
        at,
        Subjects.NONE);
    if (kind.independent()) {
      independentSources.add(id);
    }
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
