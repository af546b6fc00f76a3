package storyline.web;

import io.javalin.http.Context;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Conditional requests (RFC 9110 section 13): whether the reader's copy is still current. */
public final class Conditional {
  /** IMF-fixdate (RFC 9110 5.6.7), the form HTTP dates are sent in: two-digit day, GMT. */
  public static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
          .withZone(ZoneOffset.UTC);

  /** Dates as received: RFC 1123 also accepts one-digit days. */
  private static final DateTimeFormatter RECEIVED = DateTimeFormatter.RFC_1123_DATE_TIME;

  private Conditional() {}

  /** The ETag of the gzipped form of a body whose ETag is {@code etag}. */
  static String gzipTag(String etag) {
    return etag.substring(0, etag.length() - 1) + "-gz\"";
  }

  /**
   * If-None-Match decides when it is sent (either form of the body matches, weak or strong);
   * otherwise If-Modified-Since does, when the answer has a Last-Modified.
   */
  public static boolean notModified(Context ctx, String etag, String lastModified) {
    return notModified(
        ctx.header("If-None-Match"), ctx.header("If-Modified-Since"), etag, lastModified);
  }

  /** The same, from the two headers' values (null when not sent). */
  static boolean notModified(
      String ifNoneMatch, String ifModifiedSince, String etag, String lastModified) {
    if (ifNoneMatch != null) {
      if (ifNoneMatch.equals(etag)) {
        return true;
      }
      String gz = gzipTag(etag);
      for (String listed : ifNoneMatch.split(",")) {
        String tag = listed.strip();
        if (tag.startsWith("W/")) {
          tag = tag.substring(2);
        }
        if (tag.equals(etag) || tag.equals(gz) || tag.equals("*")) {
          return true;
        }
      }
      return false;
    }
    if (ifModifiedSince != null && lastModified != null) {
      try {
        return !ZonedDateTime.parse(lastModified, RECEIVED)
            .isAfter(ZonedDateTime.parse(ifModifiedSince, RECEIVED));
      } catch (DateTimeParseException e) {
        return false;
      }
    }
    return false;
  }
}
