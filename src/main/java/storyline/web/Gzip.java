package storyline.web;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;

/** gzip for answers: whether a request accepts it, and compressing a body. */
public final class Gzip {
  private Gzip() {}

  /** Whether the request accepts gzip: named in Accept-Encoding, and not with q=0. */
  public static boolean accepts(Context ctx) {
    return accepts(ctx.header("Accept-Encoding"));
  }

  static boolean accepts(String accept) {
    if (accept == null) {
      return false;
    }
    for (String part : accept.split(",")) {
      String[] pieces = part.strip().split(";");
      String coding = pieces[0].strip();
      if (coding.equalsIgnoreCase("gzip") || coding.equals("*")) {
        for (int i = 1; i < pieces.length; i++) {
          String param = pieces[i].strip().replace(" ", "");
          if (param.matches("q=0(\\.0{0,3})?")) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  public static byte[] gzip(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
