package storyline.admin;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Set;
import storyline.web.Text;

/**
 * Reads a submitted form's fields: trimmed, with line endings made plain, without the characters
 * XML forbids (which no page or feed could show), never null.
 */
public final class FormInput {
  private final Map<String, List<String>> fields;

  public FormInput(Context ctx) {
    this(ctx.formParamMap());
  }

  private FormInput(Map<String, List<String>> fields) {
    this.fields = fields;
  }

  /** A form with nothing filled in: what a new entry's form starts from. */
  public static FormInput empty() {
    return new FormInput(Map.of());
  }

  /**
   * The fields named {@code prefix + "."} and something, under that something: the part of a form
   * that holds another entry's fields, such as a new place typed inside the incident form.
   */
  public FormInput under(String prefix) {
    Map<String, List<String>> part = new java.util.HashMap<>();
    fields.forEach(
        (name, values) -> {
          if (name.startsWith(prefix + ".")) {
            part.put(name.substring(prefix.length() + 1), values);
          }
        });
    return new FormInput(part);
  }

  private static final java.util.regex.Pattern ROW =
      java.util.regex.Pattern.compile("([a-z_]+)\\[(\\d{1,3})]\\..+");

  /**
   * The row numbers of a list of rows submitted as {@code list[0].field}, {@code list[1].field}…,
   * in order: the rows a form holds, however many the editor added.
   */
  public java.util.SortedSet<Integer> rows(String list) {
    java.util.SortedSet<Integer> rows = new java.util.TreeSet<>();
    for (String name : fields.keySet()) {
      java.util.regex.Matcher m = ROW.matcher(name);
      if (m.matches() && m.group(1).equals(list)) {
        rows.add(Integer.parseInt(m.group(2)));
      }
    }
    return rows;
  }

  public String get(String name) {
    List<String> values = fields.get(name);
    return clean(values == null || values.isEmpty() ? null : values.get(0));
  }

  /** Every value of a field that may repeat, such as a set of checkboxes. */
  public List<String> all(String name) {
    return fields.getOrDefault(name, List.of()).stream()
        .map(FormInput::clean)
        .filter(v -> !v.isEmpty())
        .toList();
  }

  /** The names of every field submitted. */
  public Set<String> names() {
    return fields.keySet();
  }

  public boolean checked(String name) {
    return !get(name).isEmpty();
  }

  public static String clean(String value) {
    return value == null ? "" : Text.clean(value).replace("\r\n", "\n").replace('\r', '\n').strip();
  }
}
