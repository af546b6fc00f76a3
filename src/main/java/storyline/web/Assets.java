package storyline.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The stylesheets and images under static/, each also served under a name that holds a digest of
 * its bytes (site.3f2a9c01.css), which pages link to: that name can be cached for a year, as it
 * names those bytes forever. The plain names still answer, with a short cache life.
 */
public final class Assets {
  static final String PREFIX = "/static/";
  static final String IMMUTABLE = "public, max-age=31536000, immutable";
  static final String SHORT = "public, max-age=300";

  private final Map<String, Asset> byPath = new LinkedHashMap<>();
  private final Map<String, String> urls = new LinkedHashMap<>();

  /** One file, as kept in memory. */
  private record Asset(
      String contentType, byte[] body, byte[] gzipped, String etag, boolean fixed) {}

  private Assets() {}

  /** Reads every file under static/ on the classpath. */
  public static Assets load() {
    Assets assets = new Assets();
    for (Map.Entry<String, byte[]> file : files().entrySet()) {
      assets.add(file.getKey(), file.getValue());
    }
    return assets;
  }

  private void add(String name, byte[] body) {
    String hash = Digest.hex(body, 4);
    int dot = name.lastIndexOf('.');
    String fingerprinted = name.substring(0, dot) + "." + hash + name.substring(dot);
    String type = contentType(name);
    byte[] gzipped = compressible(type) ? Gzip.gzip(body) : null;
    String etag = "\"" + Digest.hex(body, 16) + "\"";
    byPath.put(PREFIX + name, new Asset(type, body, gzipped, etag, false));
    byPath.put(PREFIX + fingerprinted, new Asset(type, body, gzipped, etag, true));
    urls.put(PREFIX + name, PREFIX + fingerprinted);
  }

  /** The fingerprinted address of each file by its plain one, for templates. */
  public Map<String, String> urls() {
    return Collections.unmodifiableMap(urls);
  }

  /** Answers GET and HEAD under /static/. */
  public void serve(Context ctx) {
    Asset asset = byPath.get(ctx.path());
    if (asset == null) {
      throw new NotFoundResponse();
    }
    boolean gzip = asset.gzipped() != null && Gzip.accepts(ctx);
    ctx.disableCompression();
    ctx.header("Cache-Control", asset.fixed() ? IMMUTABLE : SHORT);
    ctx.header("ETag", gzip ? Conditional.gzipTag(asset.etag()) : asset.etag());
    ctx.header("Vary", "Accept-Encoding");
    if (Conditional.notModified(ctx, asset.etag(), null)) {
      ctx.status(HttpStatus.NOT_MODIFIED);
      return;
    }
    ctx.contentType(asset.contentType());
    byte[] body = gzip ? asset.gzipped() : asset.body();
    if (gzip) {
      ctx.header("Content-Encoding", "gzip");
    }
    ctx.header("Content-Length", String.valueOf(body.length));
    ctx.result(ctx.method() == HandlerType.HEAD ? new byte[0] : body);
  }

  private static String contentType(String name) {
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    if (lower.endsWith(".css")) {
      return "text/css; charset=utf-8";
    }
    if (lower.endsWith(".js")) {
      return "text/javascript; charset=utf-8";
    }
    if (lower.endsWith(".svg")) {
      return "image/svg+xml";
    }
    if (lower.endsWith(".png")) {
      return "image/png";
    }
    return "application/octet-stream";
  }

  private static boolean compressible(String type) {
    return type.startsWith("text/") || type.startsWith("image/svg");
  }

  /** Every file under static/, by its path below it, read from a directory or from the jar. */
  private static Map<String, byte[]> files() {
    URL root = Assets.class.getClassLoader().getResource("static");
    if (root == null) {
      throw new IllegalStateException("static/ is missing from the classpath");
    }
    Map<String, byte[]> files = new LinkedHashMap<>();
    try {
      if (root.getProtocol().equals("jar")) {
        JarURLConnection connection = (JarURLConnection) root.openConnection();
        connection.setUseCaches(false);
        try (JarFile jar = connection.getJarFile()) {
          List<java.util.jar.JarEntry> entries =
              jar.stream()
                  .filter(e -> e.getName().startsWith("static/") && !e.isDirectory())
                  .toList();
          for (java.util.jar.JarEntry entry : entries) {
            try (InputStream in = jar.getInputStream(entry)) {
              files.put(entry.getName().substring("static/".length()), in.readAllBytes());
            }
          }
        }
      } else {
        Path dir = Path.of(root.toURI());
        try (Stream<Path> walk = Files.walk(dir)) {
          for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
            files.put(dir.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    return files;
  }
}
