package storyline;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Everything the operator can set, read once from the environment at start-up. */
public record Config(
    int port,
    String dbUrl,
    String dbUser,
    String dbPassword,
    String baseUrl,
    Optional<String> adminPassword,
    boolean seed,
    int cacheMegabytes,
    Set<String> trustedProxies) {

  static final String DEFAULT_DB_URL = "jdbc:h2:file:./data/storyline";
  static final int DEFAULT_CACHE_MB = 32;

  /** Reads the STORYLINE_* variables, with defaults that work on a fresh machine. */
  public static Config fromEnvironment(Map<String, String> env) {
    int port = parsePort(env.getOrDefault("STORYLINE_PORT", "7070"));
    String baseUrl = env.getOrDefault("STORYLINE_BASE_URL", "http://localhost:" + port);
    return new Config(
        port,
        env.getOrDefault("STORYLINE_DB_URL", DEFAULT_DB_URL),
        env.getOrDefault("STORYLINE_DB_USER", "sa"),
        env.getOrDefault("STORYLINE_DB_PASSWORD", ""),
        stripTrailingSlash(baseUrl),
        Optional.ofNullable(env.get("STORYLINE_ADMIN_PASSWORD")).filter(p -> !p.isBlank()),
        !"false".equalsIgnoreCase(env.getOrDefault("STORYLINE_SEED", "true").trim()),
        parseMegabytes(env.getOrDefault("STORYLINE_CACHE_MB", String.valueOf(DEFAULT_CACHE_MB))),
        addresses(env.getOrDefault("STORYLINE_TRUSTED_PROXIES", "")));
  }

  public boolean secureCookies() {
    return baseUrl.regionMatches(true, 0, "https://", 0, "https://".length());
  }

  private static int parsePort(String value) {
    try {
      int port = Integer.parseInt(value.trim());
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("STORYLINE_PORT must be 0-65535, not " + value);
      }
      return port;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("STORYLINE_PORT must be a number, not " + value, e);
    }
  }

  private static int parseMegabytes(String value) {
    try {
      int megabytes = Integer.parseInt(value.trim());
      if (megabytes < 0 || megabytes > 4096) {
        throw new IllegalArgumentException("STORYLINE_CACHE_MB must be 0-4096, not " + value);
      }
      return megabytes;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("STORYLINE_CACHE_MB must be a number, not " + value, e);
    }
  }

  /** "127.0.0.1, 10.0.0.2" as a set of addresses; blank is none. */
  static Set<String> addresses(String list) {
    Set<String> addresses = new java.util.LinkedHashSet<>();
    for (String address : list.split(",")) {
      if (!address.isBlank()) {
        addresses.add(address.strip());
      }
    }
    return Set.copyOf(addresses);
  }

  private static String stripTrailingSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
