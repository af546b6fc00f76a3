package storyline.feed;

/** RFC 4180 fields, and cells that a spreadsheet will not mistake for formulas. */
final class Csv {
  private Csv() {}

  /** Quotes a field when it holds a comma, a quote or a line break; quotes inside are doubled. */
  static String quote(String field) {
    if (field == null) {
      return "";
    }
    if (field.contains(",")
        || field.contains("\"")
        || field.contains("\n")
        || field.contains("\r")) {
      return "\"" + field.replace("\"", "\"\"") + "\"";
    }
    return field;
  }

  /**
   * Free text from editors: a cell starting with =, +, -, @ or a tab could run as a formula in a
   * spreadsheet, so it gets a leading apostrophe, as OWASP advises.
   */
  static String text(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    char first = value.charAt(0);
    return first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r'
        ? "'" + value
        : value;
  }
}
