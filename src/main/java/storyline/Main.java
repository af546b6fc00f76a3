package storyline;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import storyline.db.Database;
import storyline.generate.Generator;
import storyline.revision.RevisionLog;
import storyline.search.SearchIndex;
import storyline.web.Json;

/**
 * Starts Storyline with the configuration found in the environment, or runs one of its commands:
 * {@code generate --incidents N [--seed S]} fills an empty database with synthetic data.
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
        java -jar storyline.jar generate --incidents N [--seed S]   fill an empty database
        java -jar storyline.jar train                               exercise every kind of page
                                                                    once, for a class-data archive
      """;

  private static void generate(Config config, List<String> args) {
    int incidents = (int) number(args, "--incidents", -1);
    long seed = number(args, "--seed", 1);
    if (incidents < 1) {
      throw new IllegalArgumentException("generate needs --incidents N, N at least 1");
    }
    try (Database database = Database.open(config.dbUrl(), config.dbUser(), config.dbPassword())) {
      long started = System.nanoTime();
      Generator.Summary made =
          new Generator(database.jdbi(), new RevisionLog(new Json()), new SearchIndex())
              .generate(incidents, seed);
      System.out.printf(
          "Generated %d incidents in %d stories, with %d actors and %d places (seed %d) in %.1f s%n",
          made.incidents(),
          made.stories(),
          made.actors(),
          made.places(),
          seed,
          (System.nanoTime() - started) / 1e9);
    }
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
