package storyline.web;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
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
 * <p>Lines are handed to one writer thread, so that at thousands of requests a second no request
 * waits on the terminal; if it falls behind by {@value #QUEUED} lines, further lines are counted
 * and the count is written instead of them.
 */
public final class RequestLog extends Handler.Wrapper {
  static final int QUEUED = 10_000;

  private final BlockingQueue<String> lines = new ArrayBlockingQueue<>(QUEUED);
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
        Callback.from(callback, () -> add(line(method, path, response.getStatus(), started))));
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

  static String line(String method, String path, int status, long startedNanos) {
    long micros = (System.nanoTime() - startedNanos) / 1_000;
    return "request "
        + Text.forLog(method)
        + " "
        + Text.forLog(path)
        + " "
        + status
        + " "
        + (micros / 1000)
        + "."
        + String.format("%03d", micros % 1000)
        + " ms";
  }

  private void add(String line) {
    if (!lines.offer(line)) {
      dropped.incrementAndGet();
    }
  }

  private void write() {
    List<String> batch = new ArrayList<>();
    while (true) {
      try {
        String first = lines.poll(1, TimeUnit.SECONDS);
        if (first == null) {
          continue;
        }
        batch.add(first);
        lines.drainTo(batch);
        StringBuilder text = new StringBuilder();
        for (String line : batch) {
          text.append(line).append('\n');
        }
        long lost = dropped.getAndSet(0);
        if (lost > 0) {
          text.append("request log fell behind: ").append(lost).append(" lines not written\n");
        }
        out.print(text);
        out.flush();
        batch.clear();
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** Writes what is queued; for shutting down and for tests. */
  public void flush() {
    List<String> batch = new ArrayList<>();
    lines.drainTo(batch);
    batch.forEach(out::println);
    out.flush();
  }
}
