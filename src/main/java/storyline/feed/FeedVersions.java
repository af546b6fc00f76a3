package storyline.feed;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import storyline.db.Upsert;
import storyline.web.Digest;

/**
 * The Last-Modified of each feed, derived from its body: it moves only when the body does, to the
 * second the new body was first served, and never back to a second an earlier body was sent with.
 * Several instances agree, as it is kept in the database.
 *
 * <p>HTTP dates have a resolution of one second, so a second body made within the second of the
 * first gets the next second, which may not have come yet. A Last-Modified later than the answer's
 * own date is not allowed (RFC 9110 8.8.2.1), so until then the answer carries no Last-Modified and
 * readers rely on its ETag.
 */
public final class FeedVersions {
  /** A feed nobody has read for this long is forgotten; it starts afresh if read again. */
  static final Duration FORGET_AFTER = Duration.ofDays(30);

  private final Jdbi jdbi;

  public FeedVersions(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  private record Version(String etag, Instant lastModified) {}

  /** The Last-Modified to send with this body of the feed at {@code address}, if any yet. */
  public Optional<Instant> lastModified(String address, String etag, Instant now) {
    String resource = Digest.hex(address.getBytes(StandardCharsets.UTF_8), 32);
    Instant second = now.truncatedTo(ChronoUnit.SECONDS);
    for (int attempt = 0; attempt < 3; attempt++) {
      Optional<Version> known =
          jdbi.withHandle(
              h ->
                  h.createQuery(
                          "SELECT etag, last_modified FROM representations WHERE resource = :r")
                      .bind("r", resource)
                      .map(
                          // As an offset date-time, which both H2 and PostgreSQL's drivers give
                          (rs, ctx) ->
                              new Version(
                                  rs.getString(1),
                                  rs.getObject(2, java.time.OffsetDateTime.class).toInstant()))
                      .findOne());
      if (known.isPresent() && known.get().etag().equals(etag)) {
        return sendable(known.get().lastModified(), now);
      }
      Instant next =
          known.isEmpty() || second.isAfter(known.get().lastModified())
              ? second
              : known.get().lastModified().plusSeconds(1);
      if (store(resource, known, etag, next, now)) {
        return sendable(next, now);
      }
    }
    return Optional.empty();
  }

  private static final Upsert REPRESENTATION =
      new Upsert(
          "representations",
          List.of("resource"),
          List.of("resource", "etag", "last_modified", "seen_at"));

  /** Records the new version; false when another request recorded one first. */
  private boolean store(
      String resource, Optional<Version> known, String etag, Instant lastModified, Instant now) {
    try {
      return jdbi.inTransaction(
          h -> {
            if (known.isPresent()) {
              return h.createUpdate(
                          """
                          UPDATE representations SET etag = :etag, last_modified = :lm,
                                 seen_at = :now
                           WHERE resource = :r AND etag = :old
                          """)
                      .bind("r", resource)
                      .bind("etag", etag)
                      .bind("lm", lastModified)
                      .bind("now", now)
                      .bind("old", known.get().etag())
                      .execute()
                  == 1;
            }
            h.createUpdate("DELETE FROM representations WHERE seen_at < :old")
                .bind("old", now.minus(FORGET_AFTER))
                .execute();
            // Another request may have recorded this resource since it was read: then it wins.
            return REPRESENTATION.insertIfAbsent(h, resource, etag, lastModified, now) == 1;
          });
    } catch (UnableToExecuteStatementException e) {
      return false;
    }
  }

  private static Optional<Instant> sendable(Instant lastModified, Instant now) {
    return lastModified.isAfter(now) ? Optional.empty() : Optional.of(lastModified);
  }
}
