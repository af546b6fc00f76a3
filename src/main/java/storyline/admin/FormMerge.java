package storyline.admin;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Objects;

/**
 * The form after a conflict, merged three ways from the version the editor loaded (the base), the
 * version saved since (theirs) and what the editor typed (mine): a field only they changed takes
 * their value, a field only this editor changed keeps it, and a field both changed keeps this
 * editor's, for the 409 page to mark for a decision. Nothing the other editor saved is undone
 * unseen by saving again.
 */
final class FormMerge {
  private FormMerge() {}

  /** The merged form; mine as it is when the form is not a record or the base is unknown. */
  @SuppressWarnings("unchecked")
  static <F> F merge(F base, F theirs, F mine) {
    if (base == null || !mine.getClass().isRecord()) {
      return mine;
    }
    RecordComponent[] fields = mine.getClass().getRecordComponents();
    Object[] merged = new Object[fields.length];
    Class<?>[] types = new Class<?>[fields.length];
    try {
      for (int i = 0; i < fields.length; i++) {
        Object b = fields[i].getAccessor().invoke(base);
        Object t = fields[i].getAccessor().invoke(theirs);
        Object m = fields[i].getAccessor().invoke(mine);
        merged[i] = Objects.equals(m, b) ? t : m;
        types[i] = fields[i].getType();
      }
      Constructor<?> canonical = mine.getClass().getDeclaredConstructor(types);
      canonical.setAccessible(true);
      return (F) canonical.newInstance(merged);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Could not merge the form " + mine.getClass(), e);
    }
  }
}
