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
 */
public record KindTable<R>(
    EntityType type, Class<R> row, Function<R, String> slug, List<String> searched) {

  /** A kind whose pages have an address by slug. */
  public static <R> KindTable<R> withSlug(
      EntityType type, Class<R> row, Function<R, String> slug, String... searched) {
    return new KindTable<>(type, row, slug, List.of(searched));
  }

  /** A kind without pages of its own. */
  public static <R> KindTable<R> withoutSlug(EntityType type, Class<R> row, String... searched) {
    return new KindTable<>(type, row, null, List.of(searched));
  }
}
