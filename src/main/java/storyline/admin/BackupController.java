package storyline.admin;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.sql.DataSource;
import storyline.db.Backup;

/**
 * {@code POST /operator/backup}: the database as a gzipped SQL script, for the {@code backup}
 * command on the same machine. Only a loopback client presenting the token the site wrote beside
 * its database at start gets an answer; to anyone else the address does not exist.
 */
public final class BackupController {
  private final DataSource dataSource;
  private final Optional<String> token;

  public BackupController(DataSource dataSource, Optional<String> token) {
    this.dataSource = dataSource;
    this.token = token;
  }

  public void backup(Context ctx) throws IOException {
    // The connection's own address: ctx.ip() would believe an X-Forwarded-For header.
    if (token.isEmpty() || !loopback(ctx.req().getRemoteAddr())) {
      throw new NotFoundResponse();
    }
    String given = ctx.header("Authorization");
    if (!Sessions.same("Bearer " + token.get(), given)) {
      throw new ForbiddenResponse("The backup token does not match this site's.");
    }
    Path file = Files.createTempFile("storyline-backup", ".sql.gz");
    try {
      Files.delete(file);
      Backup.write(dataSource, file);
      ctx.header("Cache-Control", "no-store");
      ctx.contentType("application/gzip");
      try (InputStream in = Files.newInputStream(file)) {
        in.transferTo(ctx.outputStream());
      }
    } finally {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static boolean loopback(String address) {
    try {
      return InetAddress.getByName(address).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
