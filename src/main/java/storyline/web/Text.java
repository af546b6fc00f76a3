package storyline.web;

/**
 * Text as it may be stored and written out: only characters that XML 1.0 allows, and cut only
 * between whole characters. Everything read from a request passes through {@link #clean}, and every
 * feed writes through it again, so what older versions stored cannot break a feed either.
 */
public final class Text {
  private Text() {}

  /**
   * The text without the characters XML 1.0 forbids: controls other than tab, line feed and
   * carriage return, U+FFFE and U+FFFF, and halves of surrogate pairs that have lost their other
   * half. Null stays null.
   */
  public static String clean(String text) {
    if (text == null || allowed(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      int width = Character.charCount(c);
      if (isAllowed(c) && !(width == 1 && Character.isSurrogate((char) c))) {
        out.appendCodePoint(c);
      }
      i += width;
    }
    return out.toString();
  }

  /** Whether every character is one {@link #clean} keeps: the common case, checked cheaply. */
  private static boolean allowed(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : c >= 0xD800) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAllowed(int c) {
    return c == '\t'
        || c == '\n'
        || c == '\r'
        || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }

  /**
   * The text cut to at most {@code max} UTF-16 units, ending in an ellipsis when cut, and never
   * between the two halves of a character such as an emoji.
   */
  public static String truncate(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = max - 1;
    if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + "…";
  }

  /**
   * The text made safe for one line of a log: line breaks, other control characters and the
   * characters that reorder text are written as escapes, so input cannot forge a log line.
   */
  public static String forLog(String text) {
    if (text == null) {
      return "-";
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || isBidiControl(c) || c == '\\') {
        out.append(c == '\\' ? "\\\\" : String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * A stack trace for the log, each line indented behind a bar and escaped as {@link #forLog}
   * escapes, so that an exception message carrying request input cannot pass for a line of its own.
   */
  public static String traceForLog(Throwable failure) {
    java.io.StringWriter text = new java.io.StringWriter();
    failure.printStackTrace(new java.io.PrintWriter(text));
    StringBuilder out = new StringBuilder();
    for (String line : text.toString().split("\n", -1)) {
      if (!line.isEmpty()) {
        out.append(out.length() == 0 ? "  | " : "\n  | ").append(forLog(line.replace("\t", "  ")));
      }
    }
    return out.toString();
  }

  private static boolean isBidiControl(char c) {
    return (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069)
        || c == 0x200E
        || c == 0x200F
        || c == 0x2028
        || c == 0x2029;
  }
}
