package storyline.web;

import java.io.PrintStream;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * One line per request, for every request including the pages answered from the cache: method,
 * path, status and milliseconds. Only the path is written, never the query, a header, a cookie or a
 * form field, so no password or token reaches the log, and every character a reader of the log
 * could mistake for a line break or a reordering is escaped, so request input cannot forge a line.
 *
 * <p>What each request did is handed to one writer thread, which formats and writes it, so that at
 * thousands of requests a second no request waits on the terminal, on a lock or on formatting; the
 * writer looks for new lines every {@value #PAUSE_MS} ms rather than being woken for each. If it
 * falls behind by {@value #QUEUED} lines, further lines are counted and the count is written
 * instead of them.
 */
public final class RequestLog extends Handler.Wrapper {
  static final int QUEUED = 10_000;
  static final int PAUSE_MS = 20;

  /** One request as logged. */
  private record Line(String method, String path, int status, long micros) {
    @Override
    public String toString() {
      return line(method, path, status, micros);
    }
  }

  private final Queue<Line> lines = new ConcurrentLinkedQueue<>();
  private final AtomicInteger queued = new AtomicInteger();
  private final AtomicLong dropped = new AtomicLong();
  private final PrintStream out;
  private final Thread writer;

  public RequestLog(PrintStream out) {
    this.out = out;
    this.writer = new Thread(this::write, "storyline-request-log");
    writer.setDaemon(true);
    writer.start();
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    long started = System.nanoTime();
    String method = request.getMethod();
    String path = path(request);
    return super.handle(
        request,
        response,
        Callback.from(
            callback,
            () ->
                add(
                    new Line(
                        method,
                        path,
                        response.getStatus(),
                        (System.nanoTime() - started) / 1_000))));
  }

  /** The path as decoded, which {@link Text#forLog} then escapes; as sent if it will not decode. */
  private static String path(Request request) {
    try {
      String decoded = request.getHttpURI().getDecodedPath();
      return decoded == null ? request.getHttpURI().getPath() : decoded;
    } catch (RuntimeException undecodable) {
      return request.getHttpURI().getPath();
    }
  }

  static String line(String method, String path, int status, long micros) {
    return "request "
        + Text.forLog(method)
        + " "
        + Text.forLog(path)
        + " "
        + status
        + " "
        + (micros / 1000)
        + "."
        + threeDigits(micros % 1000)
        + " ms";
  }

  private static String threeDigits(long n) {
    return n < 10 ? "00" + n : n < 100 ? "0" + n : String.valueOf(n);
  }

  private void add(Line line) {
    if (queued.incrementAndGet() > QUEUED) {
      queued.decrementAndGet();
      dropped.incrementAndGet();
      return;
    }
    lines.add(line);
  }

  /** Takes what is queued, in order, as text. */
  private String drain() {
    StringBuilder text = new StringBuilder();
    for (Line line = lines.poll(); line != null; line = lines.poll()) {
      queued.decrementAndGet();
      text.append(line).append('\n');
    }
    long lost = dropped.getAndSet(0);
    if (lost > 0) {
      text.append("request log fell behind: ").append(lost).append(" lines not written\n");
    }
    return text.toString();
  }

  private void write() {
    while (!Thread.currentThread().isInterrupted()) {
      flush();
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(PAUSE_MS));
    }
  }

  /** Writes what is queued; for shutting down and for tests. */
  public synchronized void flush() {
    String text = drain();
    if (!text.isEmpty()) {
      out.print(text);
      out.flush();
    }
  }
}
