package storyline.incident;

import java.util.List;
import storyline.actor.Actor;
import storyline.actor.ActorDao;
import storyline.admin.FieldErrors;
import storyline.admin.Ids;
import storyline.admin.SaveContext;
import storyline.revision.ChangeKind;
import storyline.revision.EntityType;
import storyline.revision.RevisionAction;
import storyline.source.SourceDao;

/**
 * Saves one claim row of the incident form, and records what it meant: a claim has a history of its
 * own, so a new claim, a withdrawal or a change of status is news in the change log and feeds.
 */
final class ClaimSaving {
  private final SaveContext save;
  private final Incident incident;
  private final ClaimDao claims;
  private final SourceDao sources;

  ClaimSaving(SaveContext save, Incident incident) {
    this.save = save;
    this.incident = incident;
    this.claims = save.attach(ClaimDao.class);
    this.sources = save.attach(SourceDao.class);
  }

  void save(IncidentForm.ClaimRow row) {
    if (row.id().isEmpty()) {
      if (!row.remove()) {
        long id =
            claims.insert(
                incident.id(),
                Long.parseLong(row.actorId()),
                stance(row),
                row.text(),
                FieldErrors.parseDate(row.saidOn()),
                status(row),
                save.now());
        cite(id, row);
        record(
            id,
            RevisionAction.CREATE,
            ChangeKind.ADDITION,
            "New claim by " + actorName(id) + " on: " + incident.title());
      }
      return;
    }
    long id = Long.parseLong(row.id());
    Claim before = claims.findById(id).orElseThrow();
    if (row.remove()) {
      claims.archive(id, save.now());
      record(
          id,
          RevisionAction.ARCHIVE,
          ChangeKind.ARCHIVAL,
          "Claim withdrawn, by " + actorName(id) + " on: " + incident.title());
      return;
    }
    List<Long> cited = Ids.longs(row.sourceIds()).stream().sorted().toList();
    boolean changed =
        before.actorId() != Long.parseLong(row.actorId())
            || before.stance() != stance(row)
            || !before.text().equals(row.text())
            || !java.util.Objects.equals(before.saidOn(), FieldErrors.parseDate(row.saidOn()))
            || before.status() != status(row)
            || !sources.idsCitedByClaim(id).stream().sorted().toList().equals(cited);
    if (!changed) {
      return;
    }
    claims.update(
        id,
        Long.parseLong(row.actorId()),
        stance(row),
        row.text(),
        FieldErrors.parseDate(row.saidOn()),
        status(row),
        save.now());
    sources.uncitedByClaim(id);
    cite(id, row);
    if (before.status() != status(row)) {
      record(
          id,
          RevisionAction.UPDATE,
          ChangeKind.STATUS_CHANGE,
          "Claim status changed: "
              + before.status().code()
              + " → "
              + status(row).code()
              + " — "
              + actorName(id)
              + " on: "
              + incident.title());
    } else {
      record(
          id,
          RevisionAction.UPDATE,
          save.correction() ? ChangeKind.CORRECTION : ChangeKind.UPDATE,
          (save.correction() ? "Correction to claim by " : "Updated claim by ")
              + actorName(id)
              + " on: "
              + incident.title());
    }
  }

  private void cite(long claimId, IncidentForm.ClaimRow row) {
    Ids.longs(row.sourceIds()).forEach(source -> sources.citeFromClaim(claimId, source));
  }

  private void record(long claimId, RevisionAction action, ChangeKind kind, String headline) {
    Claim claim = claims.findById(claimId).orElseThrow();
    save.record(
        EntityType.CLAIM,
        claimId,
        claim.version(),
        action,
        kind,
        headline,
        incident.storyId(),
        new ClaimSnapshot(claim, sources.idsCitedByClaim(claimId)));
  }

  private String actorName(long claimId) {
    long actorId = claims.findById(claimId).orElseThrow().actorId();
    return save.attach(ActorDao.class).findById(actorId).map(Actor::name).orElse("an actor");
  }

  private static Stance stance(IncidentForm.ClaimRow row) {
    return storyline.db.Coded.parse(Stance.class, row.stance()).orElseThrow();
  }

  private static ClaimStatus status(IncidentForm.ClaimRow row) {
    return storyline.db.Coded.parse(ClaimStatus.class, row.status()).orElseThrow();
  }
}
