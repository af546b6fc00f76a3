package storyline;

import java.time.Clock;

/** Starts Storyline with the configuration found in the environment. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    Config config = Config.fromEnvironment(System.getenv());
    App app = new App(config, Clock.systemUTC());
    Runtime.getRuntime().addShutdownHook(new Thread(app::stop, "storyline-shutdown"));
    app.start();
  }
}
