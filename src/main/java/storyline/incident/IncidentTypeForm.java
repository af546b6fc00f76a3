package storyline.incident;

import java.util.Locale;
import storyline.admin.FieldErrors;
import storyline.admin.FormInput;
import storyline.db.Coded;

/** An incident type as an editor types it. */
public record IncidentTypeForm(
    String code, String label, String description, String colour, String shape) {

  static IncidentTypeForm read(FormInput in) {
    return new IncidentTypeForm(
        in.get("code"), in.get("label"), in.get("description"), in.get("colour"), in.get("shape"));
  }

  static IncidentTypeForm of(IncidentTypeRow row) {
    return new IncidentTypeForm(
        row.code(), row.label(), row.description(), row.colour(), row.shape().code());
  }

  /**
   * The checks that need no database. A new type's code may be left empty: it is made from the name
   * ("Court ruling" becomes {@code court_ruling}).
   */
  FieldErrors validate() {
    FieldErrors errors = new FieldErrors();
    errors.line("label", "name", label, 60, true);
    if (!code.isEmpty() && !code.matches("[a-z][a-z0-9_]{0,19}")) {
      errors.add(
          "code",
          "The code must start with a letter and hold only lower-case letters, digits and _"
              + " (at most 20), such as court_ruling.");
    }
    if (codeValue().isEmpty() && !errors.has("label")) {
      errors.add("code", "Type a code: the name holds no letters it could be made from.");
    }
    errors.line("description", "description", description, 200, false);
    if (!colour.matches("#[0-9a-fA-F]{6}")) {
      errors.add("colour", "Choose a colour, written as # and six hexadecimal digits: #d55e00.");
    }
    errors.oneOf("shape", "shape", shape, MarkerShape.class, true);
    return errors;
  }

  /** The code to store: the one typed, or one made from the name. */
  String codeValue() {
    if (!code.isEmpty()) {
      return code;
    }
    String made =
        java.text.Normalizer.normalize(label, java.text.Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "_")
            .replaceAll("^[^a-z]+|_+$", "");
    return made.length() > 20 ? made.substring(0, 20).replaceAll("_+$", "") : made;
  }

  String colourValue() {
    return colour.toLowerCase(Locale.ROOT);
  }

  MarkerShape shapeValue() {
    return Coded.parse(MarkerShape.class, shape).orElseThrow();
  }
}
