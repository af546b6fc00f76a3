package storyline.admin;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The saved version beside the editor's own, field by field, for the 409 page. */
public final class ConflictView {
  private ConflictView() {}

  /** One field as saved by the other editor and as this editor typed it. */
  public record Row(String field, String saved, String yours, boolean differs) {}

  static List<Row> of(Map<String, String> saved, Map<String, String> yours) {
    Set<String> fields = new LinkedHashSet<>(saved.keySet());
    fields.addAll(yours.keySet());
    List<Row> rows = new ArrayList<>();
    for (String field : fields) {
      String a = saved.getOrDefault(field, "");
      String b = yours.getOrDefault(field, "");
      rows.add(new Row(field, a, b, !a.equals(b)));
    }
    return rows;
  }
}
