package storyline.admin;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The saved version beside the editor's own, field by field, for the 409 page. */
public final class ConflictView {
  private ConflictView() {}

  /**
   * One field as saved by the other editor and as this editor typed it.
   *
   * @param decide both editors changed it, differently: the form keeps this editor's value, to be
   *     confirmed or changed before saving again
   */
  public record Row(String field, String saved, String yours, boolean differs, boolean decide) {}

  static List<Row> of(Map<String, String> saved, Map<String, String> yours) {
    return of(null, saved, yours);
  }

  /** The rows, each field marked for a decision when both changed it since {@code base}. */
  static List<Row> of(
      Map<String, String> base, Map<String, String> saved, Map<String, String> yours) {
    Set<String> fields = new LinkedHashSet<>(saved.keySet());
    fields.addAll(yours.keySet());
    List<Row> rows = new ArrayList<>();
    for (String field : fields) {
      String a = saved.getOrDefault(field, "");
      String b = yours.getOrDefault(field, "");
      String o = base == null ? null : base.getOrDefault(field, "");
      boolean decide = o != null && !a.equals(b) && !a.equals(o) && !b.equals(o);
      rows.add(new Row(field, a, b, !a.equals(b), decide));
    }
    return rows;
  }
}
