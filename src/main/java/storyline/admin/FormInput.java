package storyline.admin;

import io.javalin.http.Context;
import java.util.List;
import java.util.Set;
import storyline.web.Text;

/**
 * Reads a submitted form's fields: trimmed, with line endings made plain, without the characters
 * XML forbids (which no page or feed could show), never null.
 */
public final class FormInput {
  private final Context ctx;

  public FormInput(Context ctx) {
    this.ctx = ctx;
  }

  public String get(String name) {
    return clean(ctx.formParam(name));
  }

  /** Every value of a field that may repeat, such as a set of checkboxes. */
  public List<String> all(String name) {
    return ctx.formParams(name).stream().map(FormInput::clean).filter(v -> !v.isEmpty()).toList();
  }

  /** The names of every field submitted. */
  public Set<String> names() {
    return ctx.formParamMap().keySet();
  }

  public boolean checked(String name) {
    return !get(name).isEmpty();
  }

  public static String clean(String value) {
    return value == null ? "" : Text.clean(value).replace("\r\n", "\n").replace('\r', '\n').strip();
  }
}
