package storyline;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import storyline.db.Backup;
import storyline.db.Database;
import storyline.db.SiteCopy;
import storyline.generate.Generator;
import storyline.incident.IncidentTypes;
import storyline.revision.RevisionLog;
import storyline.search.SearchIndex;
import storyline.web.Json;

/**
 * Starts Storyline with the configuration found in the environment, or runs one of its commands:
 * {@code generate --incidents N [--stories S] [--seed S]} fills an empty database with synthetic
 * data.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    Config config = Config.fromEnvironment(System.getenv());
    if (args.length == 0) {
      App app = new App(config, Clock.systemUTC());
      Runtime.getRuntime().addShutdownHook(new Thread(app::stop, "storyline-shutdown"));
      app.start();
      return;
    }
    try {
      switch (args[0]) {
        case "generate" -> generate(config, Arrays.asList(args).subList(1, args.length));
        case "train" -> Training.run();
        case "backup" -> backup(config, file(args));
        case "restore" -> restore(config, file(args));
        case "copy" -> copy(Arrays.asList(args).subList(1, args.length), System.getenv());
        default -> throw new IllegalArgumentException("Unknown command: " + args[0]);
      }
    } catch (IllegalArgumentException | IllegalStateException e) {
      System.err.println("storyline: " + e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
    }
  }

  static final String USAGE =
      """
      Usage:
        java -jar storyline.jar                                     serve the site
        java -jar storyline.jar generate --incidents N [--stories S] [--seed S]
                                                                    fill an empty database
        java -jar storyline.jar backup FILE                         write a backup of the H2 site,
                                                                    running or not, to FILE
        java -jar storyline.jar restore FILE                        load a backup into an empty
                                                                    database
        java -jar storyline.jar copy --from URL --to URL [--from-user U] [--to-user U]
                                                                    copy a whole site into an
                                                                    empty database, H2 or
                                                                    PostgreSQL; passwords from
                                                                    STORYLINE_FROM_PASSWORD and
                                                                    STORYLINE_TO_PASSWORD
        java -jar storyline.jar train                               exercise every kind of page
                                                                    once, for a class-data archive
      """;

  private static void generate(Config config, List<String> args) {
    int incidents = (int) number(args, "--incidents", -1);
    long seed = number(args, "--seed", 1);
    int stories = (int) number(args, "--stories", 0);
    if (incidents < 1) {
      throw new IllegalArgumentException("generate needs --incidents N, N at least 1");
    }
    try (Database database = Database.open(config.dbUrl(), config.dbUser(), config.dbPassword())) {
      IncidentTypes.install(database);
      long started = System.nanoTime();
      Generator.Summary made =
          new Generator(database.jdbi(), new RevisionLog(new Json()), new SearchIndex())
              .generate(incidents, stories > 0 ? stories : Generator.storiesFor(incidents), seed);
      System.out.printf(
          "Generated %d incidents in %d stories, with %d actors and %d places (seed %d) in %.1f s%n",
          made.incidents(),
          made.stories(),
          made.actors(),
          made.places(),
          seed,
          (System.nanoTime() - started) / 1e9);
      if (database.vendor() == Database.Vendor.H2) {
        compact(database);
      }
    }
  }

  /**
   * Rewrites a freshly generated H2 file without the space its many quick commits left behind: a
   * hundred thousand incidents leave a file of several gigabytes, which compacts to a tenth of that
   * and then opens within a small heap.
   */
  private static void compact(Database database) {
    long started = System.nanoTime();
    try (java.sql.Connection connection = database.dataSource().getConnection();
        java.sql.Statement statement = connection.createStatement()) {
      statement.execute("SHUTDOWN COMPACT");
    } catch (java.sql.SQLException e) {
      // The shutdown closes the connection under the statement; H2 says so with this code.
      if (e.getErrorCode() != org.h2.api.ErrorCode.DATABASE_CALLED_AT_SHUTDOWN
          && e.getErrorCode() != org.h2.api.ErrorCode.DATABASE_IS_CLOSED) {
        throw new IllegalStateException("Could not compact the database: " + e.getMessage(), e);
      }
    }
    System.out.printf(
        "Compacted the database file in %.1f s%n", (System.nanoTime() - started) / 1e9);
  }

  private static Path file(String[] args) {
    if (args.length != 2 || args[1].isBlank()) {
      throw new IllegalArgumentException(args[0] + " needs one FILE");
    }
    return Path.of(args[1]);
  }

  /**
   * Writes a backup: asked of the running site when there is one (its H2 file is locked against
   * other processes), else read from the file directly. Written beside FILE and moved into place
   * only when complete.
   */
  private static void backup(Config config, Path file) {
    if (!config.dbUrl().startsWith("jdbc:h2:")) {
      throw new IllegalArgumentException(
          "backup writes H2 databases; back up PostgreSQL with its own pg_dump");
    }
    Path partial = file.resolveSibling(file.getFileName() + ".part");
    try {
      Files.deleteIfExists(partial);
      boolean fromSite = fromRunningSite(config, partial);
      if (!fromSite) {
        Backup.writeOffline(config.dbUrl(), config.dbUser(), config.dbPassword(), partial);
      }
      Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
      System.out.printf(
          "Backed up %s to %s (%d bytes)%s%n",
          config.dbUrl(), file, Files.size(file), fromSite ? ", from the running site" : "");
    } catch (IOException e) {
      throw new IllegalStateException("Could not write " + file + ": " + e.getMessage(), e);
    }
  }

  /** Whether the running site answered with its backup, now in the file. */
  private static boolean fromRunningSite(Config config, Path file) throws IOException {
    Optional<Path> tokenFile = Backup.tokenFile(config.dbUrl());
    if (tokenFile.isEmpty() || !Files.isRegularFile(tokenFile.get())) {
      return false;
    }
    String token = Files.readString(tokenFile.get()).strip();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + config.port() + "/operator/backup"))
            .header("Authorization", "Bearer " + token)
            .POST(HttpRequest.BodyPublishers.noBody())
            .build();
    try {
      HttpResponse<Path> response =
          HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofFile(file));
      if (response.statusCode() != 200) {
        Files.deleteIfExists(file);
        throw new IllegalStateException(
            "The site at port " + config.port() + " refused the backup: " + response.statusCode());
      }
      return true;
    } catch (java.net.ConnectException notRunning) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted", e);
    }
  }

  private static void restore(Config config, Path file) {
    Backup.restore(config.dbUrl(), config.dbUser(), config.dbPassword(), file);
    System.out.printf("Restored %s into %s%n", file, config.dbUrl());
  }

  /**
   * Copies a site into an empty database (see {@link SiteCopy}). An H2 database's user is {@code
   * sa} unless told otherwise; PostgreSQL's may also come from the URL ({@code ?user=}) or
   * ~/.pgpass. Passwords are read from the environment, not the command line, where other users of
   * the machine could see them.
   */
  private static void copy(List<String> args, Map<String, String> env) {
    String fromUrl = text(args, "--from");
    String toUrl = text(args, "--to");
    if (fromUrl == null || toUrl == null) {
      throw new IllegalArgumentException("copy needs --from URL and --to URL");
    }
    long started = System.nanoTime();
    try (Database from =
            Database.open(
                fromUrl, user(args, "--from-user", fromUrl), env.get("STORYLINE_FROM_PASSWORD"));
        Database to =
            Database.open(
                toUrl, user(args, "--to-user", toUrl), env.get("STORYLINE_TO_PASSWORD"))) {
      List<SiteCopy.Table> tables =
          new SiteCopy(from, to, System.out::println, new SearchIndex()::rebuild).run();
      long rows = tables.stream().mapToLong(SiteCopy.Table::rows).sum();
      System.out.printf(
          "Copied %,d rows in %d tables from %s to %s in %.1f s; every table's count and checksum"
              + " agree%n",
          rows, tables.size(), fromUrl, toUrl, (System.nanoTime() - started) / 1e9);
    }
  }

  private static String user(List<String> args, String flag, String url) {
    String user = text(args, flag);
    return user != null ? user : url.startsWith("jdbc:h2:") ? "sa" : null;
  }

  /** The text after the flag, or null when the flag is absent. */
  static String text(List<String> args, String flag) {
    int at = args.indexOf(flag);
    if (at < 0) {
      return null;
    }
    if (at + 1 >= args.size() || args.get(at + 1).startsWith("--")) {
      throw new IllegalArgumentException(flag + " needs a value after it");
    }
    return args.get(at + 1);
  }

  /** The number after the flag, or the default when the flag is absent. */
  static long number(List<String> args, String flag, long otherwise) {
    int at = args.indexOf(flag);
    if (at < 0) {
      return otherwise;
    }
    if (at + 1 >= args.size()) {
      throw new IllegalArgumentException(flag + " needs a number after it");
    }
    try {
      return Long.parseLong(args.get(at + 1));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(flag + " needs a number, not " + args.get(at + 1), e);
    }
  }
}
