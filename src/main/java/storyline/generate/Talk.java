package storyline.generate;

import static storyline.generate.Draws.at;
import static storyline.generate.Draws.concat;
import static storyline.generate.Draws.weighted;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jdbi.v3.core.Handle;
import storyline.admin.AdminTable;
import storyline.incident.ActorPart;
import storyline.incident.Claim;
import storyline.incident.ClaimDao;
import storyline.incident.ClaimSnapshot;
import storyline.incident.ClaimStatus;
import storyline.incident.Stance;
import storyline.quote.QuoteDao;
import storyline.quote.QuoteSnapshot;
import storyline.revision.EntityType;
import storyline.revision.RevisionLog.Subjects;
import storyline.source.SourceDao;

/** What the generated actors say: claims about incidents, and quotes. */
final class Talk {
  private final Handle handle;
  private final Random random;
  private final History history;
  private final ClaimDao claims;
  private final SourceDao sources;

  Talk(Handle handle, Random random, History history) {
    this.handle = handle;
    this.random = random;
    this.history = history;
    this.claims = handle.attach(ClaimDao.class);
    this.sources = handle.attach(SourceDao.class);
  }

  List<ClaimSnapshot> claims(
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
    List<Long> speakers =
        Draws.sample(random, cast.subList(0, Math.min(cast.size(), 8)), contested ? 2 : 1);
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
      history.created(
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

  void quote(
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
        AdminTable.insert(
            handle,
            EntityType.QUOTE,
            AdminTable.columns(
                "actor_id", speaker,
                "story_id", storyId,
                "incident_id", incidentId,
                "text", text,
                "said_on", at.atZone(ZoneOffset.UTC).toLocalDate(),
                "context", "Speaking to reporters"),
            at);
    sources.citeFromQuote(id, cited.get(0));
    history.created(
        handle,
        EntityType.QUOTE,
        id,
        storyId,
        "Added quote: “" + text + "”",
        new QuoteSnapshot(quotes.findById(id).orElseThrow(), List.of(cited.get(0))),
        at,
        new Subjects(incidentId, placeId, concat(incident.actorIds(), speaker)));
  }
}
