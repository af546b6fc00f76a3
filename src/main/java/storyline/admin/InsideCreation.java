package storyline.admin;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import storyline.revision.RevisionLog;

/**
 * Creates an entry of another kind from inside a form, as the incident form creates a place, an
 * actor or a source it needs: through that kind's own checks, duplicate warnings and save, with its
 * own revision, in the transaction of the request. The form itself is not saved: it comes back with
 * everything typed and the new entry chosen.
 */
final class InsideCreation<F> {
  /** The name of the button that creates an entry from inside a form; its value is the prefix. */
  static final String BUTTON = "_create";

  /** The name, under the prefix, of the box that confirms creating a likely duplicate. */
  static final String CONFIRM = "confirm";

  /** The request attribute holding the prefix of what this request created. */
  private static final String CREATED = "storyline.insideCreated";

  /** How the form's page is shown again, with its status and problems. */
  @FunctionalInterface
  interface Render<F> {
    void render(
        Context ctx, Handle h, HttpStatus status, F form, Entry entry, int version, FieldErrors e);
  }

  private final EntryKind<?, F> kind;
  private final Render<F> render;
  private final AdminPages pages;
  private final RevisionLog log;
  private final Clock clock;
  private final Derived derived;

  InsideCreation(
      EntryKind<?, F> kind,
      Render<F> render,
      AdminPages pages,
      RevisionLog log,
      Clock clock,
      Derived derived) {
    this.kind = kind;
    this.render = render;
    this.pages = pages;
    this.log = log;
    this.clock = clock;
    this.derived = derived;
  }

  /**
   * When the editor asked to create another entry from inside the form (a place the incident
   * needs), creates it and shows the form again, unsaved, with it chosen; true when they did.
   */
  boolean handled(Context ctx, Handle h, F form, Entry entry, int version) {
    Optional<EntryKind.Inside<F>> inside = asked(ctx, kind);
    if (inside.isEmpty()) {
      return false;
    }
    FieldErrors errors = new FieldErrors();
    SaveContext save =
        new SaveContext(h, clock.instant(), AdminPages.signedIn(ctx).editor().id(), "", false, log);
    Optional<Entry> made = create(ctx, save, inside.get(), errors);
    if (made.isEmpty()) {
      render.render(ctx, h, HttpStatus.UNPROCESSABLE_CONTENT, form, entry, version, errors);
      return true;
    }
    Entry created = made.get();
    EntryKind<?, ?> other = inside.get().kind();
    derived.saved(h, other.type(), created.id(), null, created.storyId(), save.now());
    pages.flash(
        ctx,
        "Created the "
            + other.noun()
            + " “"
            + created.title()
            + "” and chose it. Nothing else is saved yet.");
    FormInput typed = new FormInput(ctx).under(inside.get().prefix());
    F chosen = inside.get().choose().chosen(form, created.id(), typed);
    render.render(ctx, h, HttpStatus.OK, chosen, entry, version, errors);
    return true;
  }

  /** What the editor asked to create from inside the form, if they pressed such a button. */
  private static <F> Optional<EntryKind.Inside<F>> asked(Context ctx, EntryKind<?, F> kind) {
    String prefix = ctx.formParam(BUTTON);
    return kind.inside().stream().filter(i -> i.prefix().equals(prefix)).findFirst();
  }

  /**
   * Creates the entry from the fields under the prefix; returns it, or empty with the problems in
   * {@code errors}, each named as its field inside the form ({@code new_place.name}).
   */
  private static <F> Optional<Entry> create(
      Context ctx, SaveContext save, EntryKind.Inside<F> inside, FieldErrors errors) {
    Optional<Entry> made =
        created(save, inside.kind(), new FormInput(ctx).under(inside.prefix()), errors, inside);
    made.ifPresent(e -> ctx.attribute(CREATED, inside.prefix()));
    return made;
  }

  private static <G> Optional<Entry> created(
      SaveContext save,
      EntryKind<?, G> kind,
      FormInput input,
      FieldErrors errors,
      EntryKind.Inside<?> inside) {
    G form = kind.read(input);
    FieldErrors own = kind.validate(save.handle(), form, null);
    own.asMap().forEach((field, message) -> errors.add(inside.prefix() + "." + field, message));
    if (!errors.isEmpty()) {
      return Optional.empty();
    }
    List<EntryKind.Warning> warnings = kind.warnings(save.handle(), form, null);
    if (!warnings.isEmpty() && !input.checked(CONFIRM)) {
      errors.add(
          inside.prefix() + "." + CONFIRM,
          "There is already a "
              + kind.noun()
              + " called “"
              + warnings.get(0).linkText()
              + "”: choose it from the list, or tick “Create it anyway”.");
      return Optional.empty();
    }
    return Optional.of(kind.add(save, form));
  }

  /**
   * The fields typed inside the form for entries it can create, by their full names, to show them
   * again; without those of the entry just created, whose fields start empty again. The prefix
   * alone is a key when anything was typed under it, for its part of the form to show open.
   */
  static Map<String, String> typed(Context ctx, EntryKind<?, ?> kind) {
    Map<String, String> typed = new HashMap<>();
    Object created = ctx.attribute(CREATED);
    FormInput input = new FormInput(ctx);
    for (EntryKind.Inside<?> inside : kind.inside()) {
      if (inside.prefix().equals(created)) {
        continue;
      }
      for (String name : input.names()) {
        if (name.startsWith(inside.prefix() + ".") && !input.get(name).isEmpty()) {
          typed.put(name, input.get(name));
          typed.put(inside.prefix(), "typed");
        }
      }
    }
    return typed;
  }
}
