package storyline.db;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * An enum whose constants travel as lower-case codes ({@code ground_combat}) in the database and in
 * URLs, and read as words ({@code Ground combat}) on pages.
 */
public interface Coded {
  String name();

  @JsonValue
  default String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  default String label() {
    String words = code().replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /** The constant with this code, if there is one; codes are matched exactly. */
  static <E extends Enum<E> & Coded> Optional<E> parse(Class<E> type, String code) {
    if (code == null) {
      return Optional.empty();
    }
    return Arrays.stream(type.getEnumConstants()).filter(e -> e.code().equals(code)).findFirst();
  }
}
