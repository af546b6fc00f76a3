package storyline.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import storyline.revision.EntityType;

/**
 * Everything the admin needs to edit one kind of entry (stories, actors, ...): how to list, read,
 * validate, save and describe it. {@link EntryController} supplies the rest: sign-in, CSRF,
 * versions and conflicts, revisions, archiving and history, the same for every kind.
 *
 * @param <R> the row record
 * @param <F> the form record, holding what the editor typed
 */
public interface EntryKind<R, F> {

  EntityType type();

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

  List<Entry> list(Handle handle, String query, boolean archived);

  Optional<R> find(Handle handle, long id);

  Entry describe(R row);

  /** An empty form, perhaps filled in from the query (a new quote for a given story, say). */
  F blank(Handle handle, Context ctx);

  F formOf(Handle handle, R row);

  F read(FormInput input);

  /** Checks the form; database checks (unique slugs, existing references) included. */
  FieldErrors validate(Handle handle, F form, Long id);

  /** Things the editor should confirm before saving, such as a likely duplicate. */
  default List<Warning> warnings(Handle handle, F form, Long id) {
    return List.of();
  }

  /** The choices the form's selects offer. */
  Map<String, Object> options(Handle handle, F form);

  /** The form's values by field label, to set the editor's values beside the saved ones. */
  Map<String, String> values(Handle handle, F form);

  long insert(SaveContext save, F form);

  /** Saves over version {@code version}; false when someone else has saved since. */
  boolean update(SaveContext save, R current, int version, F form);

  /** The full state kept in the entry's history: the row, unless the kind keeps more. */
  default Object snapshot(Handle handle, long id) {
    return find(handle, id).orElseThrow();
  }

  /** A form holding an earlier snapshot, to restore it as a new version. */
  F formOfSnapshot(Handle handle, JsonNode snapshot);

  /**
   * What a save from {@code before} to {@code after} means to readers: a correction when the editor
   * says so, else an update. Kinds with a status override it to tell status changes apart.
   */
  default Change change(R before, R after, boolean correction) {
    return Change.edit(noun(), describe(after).title(), correction);
  }

  /** Something the editor should look at before saving, with a link to it. */
  record Warning(String message, String linkText, String link) {}
}
