package storyline.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A rendered answer, kept as sent: headers, the body and the body gzipped; and how a request is
 * answered from it.
 */
public record Kept(
    long counter,
    String contentType,
    Map<String, String> headers,
    byte[] body,
    byte[] gzipped,
    String etag) {

  int weight() {
    return body.length + gzipped.length + 512;
  }

  /** The ETag of the gzipped body. */
  String gzipTag() {
    return Conditional.gzipTag(etag);
  }

  static Kept of(long counter, String contentType, Map<String, String> headers, byte[] body) {
    return new Kept(
        counter,
        contentType,
        Map.copyOf(headers),
        body,
        Gzip.gzip(body),
        "\"" + Digest.hex(body, 16) + "\"");
  }

  /** How one request is answered from a kept entry: status, headers and the bytes to send. */
  record Reply(int status, List<Map.Entry<String, String>> headers, byte[] body) {}

  /**
   * The answer to a request for the entry, from the request's method and headers: 304 when the
   * reader's copy is current, the gzipped body when they accept it, headers only for HEAD.
   */
  static Reply reply(
      Kept entry, boolean head, String acceptEncoding, String ifNoneMatch, String ifModifiedSince) {
    boolean gzip = Gzip.accepts(acceptEncoding);
    String etag = gzip ? entry.gzipTag() : entry.etag();
    String cacheControl =
        entry.headers().getOrDefault("Cache-Control", PageCache.PAGE_CACHE_CONTROL);
    if (Conditional.notModified(
        ifNoneMatch, ifModifiedSince, entry.etag(), entry.headers().get("Last-Modified"))) {
      // RFC 9110 15.4.5: a 304 repeats only what a cache needs to update its copy.
      return new Reply(
          304,
          List.of(
              Map.entry("ETag", etag),
              Map.entry("Vary", "Accept-Encoding"),
              Map.entry("Cache-Control", cacheControl)),
          new byte[0]);
    }
    List<Map.Entry<String, String>> headers = new ArrayList<>(12);
    headers.add(Map.entry("ETag", etag));
    headers.add(Map.entry("Vary", "Accept-Encoding"));
    if (!entry.headers().containsKey("Cache-Control")) {
      headers.add(Map.entry("Cache-Control", cacheControl));
    }
    headers.addAll(entry.headers().entrySet());
    byte[] body = gzip ? entry.gzipped() : entry.body();
    headers.add(Map.entry("Content-Type", entry.contentType()));
    if (gzip) {
      headers.add(Map.entry("Content-Encoding", "gzip"));
    }
    headers.add(Map.entry("Content-Length", String.valueOf(body.length)));
    return new Reply(200, headers, head ? new byte[0] : body);
  }

  /** Writes the entry as this request wants it, through Javalin. */
  static void send(Context ctx, Kept entry) {
    Reply reply =
        reply(
            entry,
            ctx.method() == HandlerType.HEAD,
            ctx.header("Accept-Encoding"),
            ctx.header("If-None-Match"),
            ctx.header("If-Modified-Since"));
    ctx.disableCompression();
    ctx.status(reply.status());
    for (Map.Entry<String, String> header : reply.headers()) {
      if (header.getKey().equals("Content-Type")) {
        ctx.contentType(header.getValue());
      } else {
        ctx.header(header.getKey(), header.getValue());
      }
    }
    if (reply.status() == 304) {
      ctx.res().setHeader("Content-Type", null);
    }
    ctx.result(reply.body());
  }
}
