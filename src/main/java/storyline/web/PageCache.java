package storyline.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.zip.GZIPOutputStream;

/**
 * Serves public pages, feeds and exports from memory, rendering each once per change of the
 * database. Every committed write moves the database's change counter, and an entry is served only
 * while the counter still has the value it was rendered under, so no reader ever gets content older
 * than an acknowledged save, on one instance or several.
 *
 * <p>An address is rendered by one request at a time: others asking for it meanwhile wait for that
 * render instead of repeating it. Only 200 answers are kept. Each is kept as it is and gzipped,
 * with a strong ETag; conditional requests get 304 without rendering, and HEAD gets GET's headers.
 */
public final class PageCache {
  /** What every cached HTML page may be kept for by browsers before they ask again. */
  static final String PAGE_CACHE_CONTROL = "public, max-age=10, must-revalidate";

  /** Bodies larger than this are not kept. */
  static final int MAX_KEPT_BODY = 4 * 1024 * 1024;

  private final LongSupplier counter;
  private final Cache<String, Kept> entries;
  private final ConcurrentMap<String, CompletableFuture<Kept>> rendering =
      new ConcurrentHashMap<>();
  private final boolean enabled;

  /**
   * @param counter the database's change counter
   * @param megabytes how much memory the kept pages may take; 0 keeps none (every request renders)
   */
  public PageCache(LongSupplier counter, int megabytes) {
    this.counter = counter;
    this.enabled = megabytes > 0;
    this.entries =
        Caffeine.newBuilder()
            .maximumWeight(Math.max(1, megabytes) * 1024L * 1024L)
            .weigher((String key, Kept entry) -> entry.weight())
            .build();
  }

  /** Something that writes a large body to a stream: exports. */
  @FunctionalInterface
  public interface BodyWriter {
    void writeTo(OutputStream out) throws IOException;
  }

  /** The handler, answered from memory while nothing has changed since it last rendered. */
  public Handler cached(Handler handler) {
    return ctx -> serve(ctx, handler);
  }

  /**
   * Serves a body written by {@code body}: rendered in memory and kept when {@code keep}, streamed
   * to the reader (gzipped when they accept it) as it is written when not, as a large export is.
   */
  public void stream(
      Context ctx, String contentType, Map<String, String> headers, boolean keep, BodyWriter body)
      throws IOException {
    if (!keep) {
      streamTo(ctx, contentType, headers, body);
      return;
    }
    long now = counter.getAsLong();
    String key = key(ctx);
    Kept fresh = enabled ? fresh(key, now) : null;
    if (fresh != null) {
      Kept.send(ctx, fresh);
      return;
    }
    Kept entry;
    enterRender(ctx);
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      body.writeTo(out);
      entry = Kept.of(now, contentType, headers, out.toByteArray());
    } finally {
      renders.release();
    }
    if (enabled) {
      keep(key, entry);
    }
    Kept.send(ctx, entry);
  }

  private void serve(Context ctx, Handler handler) throws Exception {
    if (!enabled) {
      // Read even when nothing is kept: what else follows the counter (the incident types kept in
      // memory) learns from this read that another instance has saved.
      counter.getAsLong();
      Kept entry = render(ctx, handler, 0);
      if (entry != null) {
        Kept.send(ctx, entry);
      }
      return;
    }
    long now = counter.getAsLong();
    String key = key(ctx);
    Kept fresh = fresh(key, now);
    if (fresh != null) {
      Kept.send(ctx, fresh);
      return;
    }
    String flight = key + "#" + now;
    CompletableFuture<Kept> mine = new CompletableFuture<>();
    CompletableFuture<Kept> theirs = rendering.putIfAbsent(flight, mine);
    if (theirs != null) {
      Kept rendered = theirs.join();
      if (rendered != null) {
        Kept.send(ctx, rendered);
        return;
      }
      handler.handle(ctx);
      return;
    }
    Kept entry = null;
    try {
      entry = render(ctx, handler, now);
      if (entry != null && entry.weight() <= MAX_KEPT_BODY) {
        keep(key, entry);
      }
    } finally {
      mine.complete(entry);
      rendering.remove(flight, mine);
    }
    if (entry != null) {
      Kept.send(ctx, entry);
    }
  }

  /**
   * Renders the page and captures it, gzipped, as an entry (null unless it answered 200), as one of
   * at most {@link #RENDERS_AT_ONCE} renders: each holds its page, its template's working memory
   * and a compressor, and more at once than the cores can run only queue for the CPU while holding
   * them. Under a flood of uncached requests the heap stays bounded (32 at once ran a 128 MB heap
   * out of memory), and a request that waits too long is told to come back.
   */
  private Kept render(Context ctx, Handler handler, long counter) throws Exception {
    enterRender(ctx);
    try {
      handler.handle(ctx);
      return ctx.statusCode() == 200 ? capture(ctx, counter) : null;
    } finally {
      renders.release();
    }
  }

  private void enterRender(Context ctx) {
    boolean entered;
    try {
      entered = renders.tryAcquire(RENDER_WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      entered = false;
    }
    if (!entered) {
      ctx.header("Retry-After", "5");
      throw new HttpResponseException(
          503, "Storyline is busier than it can answer just now. Try again in a few seconds.");
    }
  }

  /** Renders allowed at once: twice the cores, so that one waiting on the database leaves work. */
  static final int RENDERS_AT_ONCE = Math.max(2, Runtime.getRuntime().availableProcessors() * 2);

  /** How long a request waits for its turn to render before it is answered 503. */
  static final java.time.Duration RENDER_WAIT = java.time.Duration.ofSeconds(20);

  private final Semaphore renders = new Semaphore(RENDERS_AT_ONCE, true);

  private Kept fresh(String key, long now) {
    Kept kept = entries.getIfPresent(key);
    return kept != null && kept.counter() == now ? kept : null;
  }

  /** Keeps the entry unless a newer one is already kept. */
  private void keep(String key, Kept entry) {
    entries.asMap().merge(key, entry, (old, made) -> old.counter() > made.counter() ? old : made);
  }

  /** The address a cached answer is kept under: path and query, as sent. */
  private static String key(Context ctx) {
    String query = ctx.queryString();
    return query == null ? ctx.path() : ctx.path() + "?" + query;
  }

  private static Kept capture(Context ctx, long counter) throws IOException {
    byte[] body;
    try (InputStream in = ctx.resultInputStream()) {
      body = in == null ? new byte[0] : in.readAllBytes();
    }
    Map<String, String> headers = new LinkedHashMap<>();
    for (String name : new String[] {"Cache-Control", "Last-Modified", "Content-Disposition"}) {
      String value = ctx.res().getHeader(name);
      if (value != null) {
        headers.put(name, value);
      }
    }
    String contentType = ctx.res().getContentType();
    return Kept.of(
        counter, contentType == null ? "text/html; charset=utf-8" : contentType, headers, body);
  }

  /** The entry for the address, if one is kept that is still current. */
  Kept current(String path, String query) {
    if (!enabled) {
      return null;
    }
    return fresh(query == null || query.isEmpty() ? path : path + "?" + query, counter.getAsLong());
  }

  private static void streamTo(
      Context ctx, String contentType, Map<String, String> headers, BodyWriter body)
      throws IOException {
    ctx.disableCompression();
    ctx.contentType(contentType);
    headers.forEach(ctx::header);
    ctx.header("Vary", "Accept-Encoding");
    if (ctx.method() == HandlerType.HEAD) {
      return;
    }
    boolean gzip = Gzip.accepts(ctx);
    if (gzip) {
      ctx.header("Content-Encoding", "gzip");
    }
    OutputStream raw = ctx.outputStream();
    OutputStream out = gzip ? new GZIPOutputStream(raw, 8192) : raw;
    body.writeTo(out);
    if (out instanceof GZIPOutputStream gz) {
      gz.finish();
    }
    out.flush();
  }
}
