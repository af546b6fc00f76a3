package storyline.support;

import java.util.Set;

/**
 * Seed entries as tests name them: by slug (or an account by username), never by an id that depends
 * on the order the seed happens to be loaded in.
 */
public final class Seed {
  private static final Set<String> KINDS =
      Set.of("stories", "actors", "places", "incidents", "sources", "quotes", "incident_types");

  private Seed() {}

  /** The admin address of a seed entry, such as /admin/incidents/18 for next-round-of-talks. */
  public static String admin(TestApp app, String kind, String slug) {
    return "/admin/" + kind + "/" + id(app, kind, slug);
  }

  /** The admin address of the oldest entry of a kind that has no slug (sources, quotes). */
  public static String first(TestApp app, String kind) {
    if (!KINDS.contains(kind)) {
      throw new IllegalArgumentException("No kind of entry is called " + kind);
    }
    long id =
        app.jdbi()
            .withHandle(
                h ->
                    h.createQuery("SELECT MIN(id) FROM <table>")
                        .define("table", kind)
                        .mapTo(Long.class)
                        .one());
    return "/admin/" + kind + "/" + id;
  }

  /**
   * The id of the entry of this kind with this slug (for editors their username, for types their
   * code).
   */
  public static long id(TestApp app, String kind, String slug) {
    if (!KINDS.contains(kind) && !kind.equals("editors")) {
      throw new IllegalArgumentException("No kind of entry is called " + kind);
    }
    String column =
        switch (kind) {
          case "editors" -> "username";
          case "incident_types" -> "code";
          default -> "slug";
        };
    return app.jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT id FROM <table> WHERE <column> = :slug")
                    .define("table", kind)
                    .define("column", column)
                    .bind("slug", slug)
                    .mapTo(Long.class)
                    .findOne()
                    .orElseThrow(() -> new AssertionError("no " + kind + " " + slug)));
  }
}
