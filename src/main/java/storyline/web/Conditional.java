package storyline.web;

import io.javalin.http.Context;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.stream.Stream;

/** Conditional requests (RFC 9110 section 13): whether the reader's copy is still current. */
public final class Conditional {
  public static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME;

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
    String ifNoneMatch = ctx.header("If-None-Match");
    if (ifNoneMatch != null) {
      String gz = gzipTag(etag);
      return Stream.of(ifNoneMatch.split(","))
          .map(String::strip)
          .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
          .anyMatch(tag -> tag.equals(etag) || tag.equals(gz) || tag.equals("*"));
    }
    String ifModifiedSince = ctx.header("If-Modified-Since");
    if (ifModifiedSince != null && lastModified != null) {
      try {
        return !ZonedDateTime.parse(lastModified, HTTP_DATE)
            .isAfter(ZonedDateTime.parse(ifModifiedSince, HTTP_DATE));
      } catch (DateTimeParseException e) {
        return false;
      }
    }
    return false;
  }
}
