package storyline.admin;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import storyline.db.Coded;
import storyline.web.Params;

/**
 * The messages of a failed form, one per field, in the order of the form. Each check leaves the
 * first problem it finds for its field and skips fields that already have one.
 */
public final class FieldErrors {
  public static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");

  private final Map<String, String> errors = new LinkedHashMap<>();

  public boolean isEmpty() {
    return errors.isEmpty();
  }

  /** The messages in the order of the fields, for the summary at the top of the form. */
  public Map<String, String> asMap() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(errors));
  }

  public void add(String field, String message) {
    errors.putIfAbsent(field, message);
  }

  public boolean has(String field) {
    return errors.containsKey(field);
  }

  /** Free text: required or not, at most {@code max} characters, no control characters. */
  public FieldErrors text(String field, String label, String value, int max, boolean required) {
    if (value.isEmpty()) {
      if (required) {
        add(field, "Enter " + article(label) + ".");
      }
      return this;
    }
    int length = value.codePointCount(0, value.length());
    if (length > max) {
      add(
          field,
          capital(label) + " must be at most " + max + " characters; this is " + length + ".");
    } else if (CONTROL.matcher(value).find()) {
      add(field, capital(label) + " contains invisible control characters; remove them.");
    }
    return this;
  }

  /** A one-line text: as {@link #text}, and no line breaks. */
  public FieldErrors line(String field, String label, String value, int max, boolean required) {
    text(field, label, value, max, required);
    if (!has(field) && (value.contains("\n") || value.contains("\t"))) {
      add(field, capital(label) + " must fit on one line.");
    }
    return this;
  }

  public FieldErrors slug(String field, String value) {
    if (!value.isEmpty() && !SLUG.matcher(value).matches()) {
      add(field, "Use lower-case letters, digits and single hyphens, such as kharkiv-strikes.");
    } else if (value.length() > 120) {
      add(field, "The slug must be at most 120 characters.");
    }
    return this;
  }

  public FieldErrors date(String field, String label, String value, boolean required) {
    if (value.isEmpty()) {
      if (required) {
        add(field, "Enter " + article(label) + ", as YYYY-MM-DD.");
      }
      return this;
    }
    LocalDate date = parseDate(value);
    if (date == null) {
      add(field, capital(label) + " must be a real date written YYYY-MM-DD, such as 2025-03-18.");
    } else if (date.isBefore(Params.EARLIEST) || date.isAfter(Params.LATEST)) {
      add(
          field,
          capital(label)
              + " must be between "
              + Params.EARLIEST
              + " and "
              + Params.LATEST
              + "; check the year.");
    }
    return this;
  }

  public <E extends Enum<E> & Coded> FieldErrors oneOf(
      String field, String label, String value, Class<E> type, boolean required) {
    if (value.isEmpty()) {
      if (required) {
        add(field, "Choose " + article(label) + ".");
      }
      return this;
    }
    if (Coded.parse(type, value).isEmpty()) {
      add(
          field,
          capital(label)
              + " must be one of: "
              + Arrays.stream(type.getEnumConstants())
                  .map(Coded::label)
                  .collect(Collectors.joining(", "))
              + ".");
    }
    return this;
  }

  public FieldErrors number(
      String field, String label, String value, double min, double max, boolean required) {
    if (value.isEmpty()) {
      if (required) {
        add(field, "Enter " + article(label) + ".");
      }
      return this;
    }
    BigDecimal number = parseNumber(value);
    if (number == null) {
      add(field, capital(label) + " must be a number such as 49.9925.");
    } else if (number.doubleValue() < min || number.doubleValue() > max) {
      add(field, capital(label) + " must be between " + fmt(min) + " and " + fmt(max) + ".");
    }
    return this;
  }

  /** An optional web address: http or https only, so no link can run script. */
  public FieldErrors url(String field, String label, String value, int max) {
    if (value.isEmpty()) {
      return this;
    }
    text(field, label, value, max, false);
    if (has(field)) {
      return this;
    }
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
        add(field, capital(label) + " must be a web address starting with https:// or http://.");
      }
    } catch (URISyntaxException e) {
      add(field, capital(label) + " is not a valid web address.");
    }
    return this;
  }

  public static LocalDate parseDate(String value) {
    if (value == null || !value.matches("\\d{4}-\\d{2}-\\d{2}")) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  public static BigDecimal parseNumber(String value) {
    if (value == null || !value.matches("-?\\d{1,3}(\\.\\d{1,8})?")) {
      return null;
    }
    return new BigDecimal(value);
  }

  private static String fmt(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  private static String article(String label) {
    String lower = label.toLowerCase(Locale.ROOT);
    return ("aeiou".indexOf(lower.charAt(0)) >= 0 ? "an " : "a ") + lower;
  }

  private static String capital(String label) {
    return Character.toUpperCase(label.charAt(0)) + label.substring(1);
  }
}
