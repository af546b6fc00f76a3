package storyline.admin;

import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jdbi.v3.core.Handle;
import storyline.db.Upsert;
import storyline.revision.EntityType;

/**
 * Slugs: made from titles, unique per kind, and remembered when they change so that old addresses
 * keep working (the public pages answer them with 301).
 */
public final class Slugs {
  static final int MAX = 80;

  private Slugs() {}

  /** "Zelenskyy’s national address!" becomes "zelenskyys-national-address". */
  public static String fromTitle(String title) {
    String folded =
        Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("['’]", "")
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
    if (folded.length() > MAX) {
      folded = folded.substring(0, MAX).replaceAll("-+[^-]*$", "");
    }
    return folded;
  }

  /** The slug, or when another entry of the kind has it, the slug with -2, -3, ... added. */
  public static String unique(Handle handle, EntityType type, String base, Long exceptId) {
    String root = base.isEmpty() ? type.code() : base;
    String candidate = root;
    for (int n = 2; taken(handle, type, candidate, exceptId); n++) {
      candidate = root + "-" + n;
    }
    return candidate;
  }

  /** Adds an error when the slug typed is another entry's. */
  public static void checkFree(
      FieldErrors errors, Handle handle, EntityType type, String slug, Long id) {
    if (!slug.isEmpty() && !errors.has("slug") && taken(handle, type, slug, id)) {
      errors.add("slug", "Another " + type.code() + " already uses this slug; choose another.");
    }
  }

  /**
   * The slug of a new entry: the one typed, or one made from its title; either way it stops leading
   * to any entry that had it before.
   */
  public static String forNew(Handle handle, EntityType type, String typed, String title) {
    String slug = typed.isEmpty() ? unique(handle, type, fromTitle(title), null) : typed;
    forget(handle, type, slug);
    return slug;
  }

  /** The slug after an edit: the one typed, or the current one when the field was emptied. */
  public static String forUpdate(String typed, String current) {
    return typed.isEmpty() ? current : typed;
  }

  public static boolean taken(Handle handle, EntityType type, String slug, Long exceptId) {
    return handle
            .createQuery("SELECT COUNT(*) FROM <table> WHERE slug = :slug AND id <> :id")
            .define("table", type.table())
            .bind("slug", slug)
            .bind("id", exceptId == null ? -1L : exceptId)
            .mapTo(Integer.class)
            .one()
        > 0;
  }

  /**
   * Records a change of slug: the old one now leads to the entry, and the new one stops leading
   * anywhere else.
   */
  public static void renamed(
      Handle handle, EntityType type, long id, String oldSlug, String newSlug, Instant now) {
    forget(handle, type, newSlug);
    if (oldSlug.equals(newSlug)) {
      return;
    }
    // The old slug may have led elsewhere before: it now leads here.
    REDIRECT.replace(handle, type, oldSlug, id, now);
  }

  private static final Upsert REDIRECT =
      new Upsert(
          "slug_redirects",
          List.of("entity_type", "old_slug"),
          List.of("entity_type", "old_slug", "entity_id", "created_at"));

  /** A new entry takes a slug that once belonged to another: the old redirect goes. */
  public static void forget(Handle handle, EntityType type, String slug) {
    handle
        .createUpdate("DELETE FROM slug_redirects WHERE entity_type = :type AND old_slug = :slug")
        .bind("type", type)
        .bind("slug", slug)
        .execute();
  }
}
