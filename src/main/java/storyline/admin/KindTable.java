package storyline.admin;

import java.util.List;
import java.util.function.Function;
import storyline.revision.EntityType;

/**
 * Where a kind of entry is kept: which kind it is (and so its table), the record its rows map to,
 * the row's slug for kinds whose pages have one, and the columns the admin list's search box looks
 * in.
 *
 * @param slug the row's slug, or null for kinds without pages of their own
 * @param inStories whether each entry belongs to a story (a story_id column), so that the admin
 *     list can show one story's
 */
public record KindTable<R>(
    EntityType type,
    Class<R> row,
    Function<R, String> slug,
    List<String> searched,
    boolean inStories) {

  /** The same, for a kind whose entries each belong to a story: its list can show one story's. */
  public KindTable<R> byStory() {
    return new KindTable<>(type, row, slug, searched, true);
  }

  /** A kind whose pages have an address by slug. */
  public static <R> KindTable<R> withSlug(
      EntityType type, Class<R> row, Function<R, String> slug, String... searched) {
    return new KindTable<>(type, row, slug, List.of(searched), false);
  }

  /** A kind without pages of its own. */
  public static <R> KindTable<R> withoutSlug(EntityType type, Class<R> row, String... searched) {
    return new KindTable<>(type, row, null, List.of(searched), false);
  }
}
