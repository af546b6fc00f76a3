package storyline.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import storyline.revision.EntityType;
import storyline.revision.RevisionAction;

/**
 * One kind of entry the admin edits (stories, actors, ...). A kind says six things: where it is
 * kept ({@link KindTable}), how a row is described in a list, how its form is read from a request
 * and filled from a row, how it is checked, and which columns it sets. Everything else every kind
 * does alike has a default here, on {@link AdminTable}: listing, finding, inserting, the
 * version-checked update, slug renames, snapshots and restoring them; a kind overrides a default
 * only where it differs (an incident also saves its claims and actors). {@link EntryController}
 * supplies the rest: sign-in, CSRF, versions and conflicts, revisions, archiving and history.
 *
 * <p>Adding a kind the admin edits takes its row, form, kind and fields template, plus the table's
 * migration and a constant in {@link EntityType}; the navigation and the routes come from the list
 * of kinds in {@code App}.
 *
 * @param <R> the row record
 * @param <F> the form record, holding what the editor typed
 */
public interface EntryKind<R, F> {

  // ---- What each kind says ----

  /** Which kind it is, its row and its table: see {@link KindTable}. */
  KindTable<R> table();

  /** The row as the admin's lists, messages and links show it. */
  Entry describe(R row);

  /** The form as the editor submitted it. */
  F read(FormInput input);

  /** The form holding a saved row, to edit it. */
  F formOf(Handle handle, R row);

  /** Checks the form; database checks (unique slugs, existing references) included. */
  FieldErrors validate(Handle handle, F form, Long id);

  /**
   * The table's columns as the form sets them, for a new row when {@code current} is null; a kind
   * with a slug names it with {@link #slug}.
   */
  Map<String, Object> columns(SaveContext save, F form, R current);

  // ---- What every kind does alike, unless it says otherwise ----

  /** The singular noun used in headings and messages: "story". */
  default String noun() {
    return type().code();
  }

  /** The heading of the list: "Stories". */
  default String plural() {
    return type().plural();
  }

  /** The template fragment file holding this kind's form fields, such as admin/fields/story. */
  default String fieldsTemplate() {
    return "admin/fields/" + type().code();
  }

  default EntityType type() {
    return table().type();
  }

  /** The record a row of the kind's table maps to. */
  default Class<R> rowType() {
    return table().row();
  }

  /** What archiving an entry of the kind is called, and what it does. */
  default ArchiveWords archiving() {
    return ArchiveWords.WITHDRAW;
  }

  /** Whether the form has rows that "More rows" adds to, without saving. */
  default boolean hasRows() {
    return false;
  }

  /** The columns the admin list's search box looks in. */
  default List<String> searched() {
    return table().searched();
  }

  /** The row's slug, for kinds whose pages have one: renaming it keeps the old address working. */
  default String slugOf(R row) {
    return table().slug() == null ? null : table().slug().apply(row);
  }

  /** The admin list: current or archived entries, matching the words, of one story if given. */
  default List<Entry> list(Handle handle, String query, boolean archived, Long storyId) {
    Long story = table().inStories() ? storyId : null;
    return AdminTable.list(handle, type(), rowType(), searched(), query, archived, story).stream()
        .map(this::describe)
        .toList();
  }

  default Optional<R> find(Handle handle, long id) {
    return AdminTable.find(handle, type(), rowType(), id);
  }

  /** An empty form, perhaps filled in from the query (a new quote for a given story, say). */
  default F blank(Handle handle, Context ctx) {
    return read(FormInput.empty());
  }

  /**
   * Things the editor should confirm before saving a new entry, such as a likely duplicate: by
   * default, a current entry of the kind with the same name or title (the first searched column,
   * read from the form field of that name), whatever its case and spacing.
   */
  default List<Warning> warnings(Handle handle, F form, Long id) {
    String column = searched().get(0);
    String typed = AdminTable.field(form, column);
    if (typed == null || typed.isBlank()) {
      return List.of();
    }
    return AdminTable.sameName(handle, type(), column, typed, id).stream()
        .map(
            other ->
                new Warning(
                    "Possible duplicate: another " + noun() + " is already called this.",
                    typed.strip(),
                    "/admin/" + type().table() + "/" + other + "/edit"))
        .toList();
  }

  /**
   * An entry of another kind that this kind's form can create from inside it, as the incident form
   * creates a place it needs without leaving what was typed: its fields are named {@code prefix}
   * dot field ({@code new_place.name}), the button that creates it sends {@code _create=prefix},
   * and {@code choose} puts the created entry's id into the form.
   */
  record Inside<F>(String prefix, EntryKind<?, ?> kind, Choose<F> choose) {}

  /** Puts an entry created from inside the form into it, as the fields under its prefix say. */
  @FunctionalInterface
  interface Choose<F> {
    F chosen(F form, long id, FormInput typed);
  }

  /** What this kind's form can create from inside it; none unless the kind says so. */
  default List<Inside<F>> inside() {
    return List.of();
  }

  /** The choices the form's selects offer. */
  default Map<String, Object> options(Handle handle, F form) {
    return Map.of();
  }

  /**
   * The form's values by field label, to set the editor's values beside the saved ones after a
   * conflict: each of the form's fields, "affiliationId" labelled "Affiliation id".
   */
  default Map<String, String> values(Handle handle, F form) {
    Map<String, String> values = new LinkedHashMap<>();
    for (RecordComponent field : form.getClass().getRecordComponents()) {
      try {
        Object value = field.getAccessor().invoke(form);
        values.put(label(field.getName()), value == null ? "" : value.toString());
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("Could not read the form's " + field.getName(), e);
      }
    }
    return values;
  }

  /** The slug to store: the one typed, or one made from the title, free among the kind's. */
  default String slug(SaveContext save, String typed, String title, R current) {
    return current == null
        ? Slugs.forNew(save.handle(), type(), typed, title)
        : Slugs.forUpdate(typed, slugOf(current));
  }

  default long insert(SaveContext save, F form) {
    long id = AdminTable.insert(save.handle(), type(), columns(save, form, null), save.now());
    saved(save, id, form);
    return id;
  }

  /**
   * Adds a new entry and records it as version 1 in its history: what saving a new entry in the
   * admin does, and what the seed loader does for each entry it loads. The form is not checked
   * here; callers check it first.
   */
  default Entry add(SaveContext save, F form) {
    long id = insert(save, form);
    Entry entry = describe(find(save.handle(), id).orElseThrow());
    Change added = Change.added(noun(), entry.title());
    save.record(
        type(),
        id,
        entry.version(),
        RevisionAction.CREATE,
        added.kind(),
        added.headline(),
        entry.storyId(),
        snapshot(save.handle(), id));
    return entry;
  }

  /** Saves over version {@code version}; false when someone else has saved since. */
  default boolean update(SaveContext save, R current, int version, F form) {
    Map<String, Object> columns = columns(save, form, current);
    long id = describe(current).id();
    if (!AdminTable.update(save.handle(), type(), id, version, columns, save.now())) {
      return false;
    }
    String before = slugOf(current);
    if (before != null && columns.get("slug") instanceof String after) {
      Slugs.renamed(save.handle(), type(), id, before, after, save.now());
    }
    saved(save, id, form);
    return true;
  }

  /** What else a save writes, once the row is: the rows it owns, such as a quote's citations. */
  default void saved(SaveContext save, long id, F form) {}

  /** The full state kept in the entry's history: the row, unless the kind keeps more. */
  default Object snapshot(Handle handle, long id) {
    return find(handle, id).orElseThrow();
  }

  /**
   * A form holding an earlier snapshot, to restore it as a new version: the snapshot read back as a
   * row, once {@link Snapshots#upgraded} has brought it to today's shape.
   */
  default F formOfSnapshot(Handle handle, JsonNode snapshot) {
    return formOf(handle, Snapshots.row(snapshot, rowType()));
  }

  /**
   * What a save from {@code before} to {@code after} means to readers: a correction when the editor
   * says so, else an update. Kinds with a status override it to tell status changes apart.
   */
  default Change change(R before, R after, boolean correction) {
    return Change.edit(noun(), describe(after).title(), correction);
  }

  /** Something the editor should look at before saving, with a link to it. */
  record Warning(String message, String linkText, String link) {}

  private static String label(String field) {
    String words = field.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
