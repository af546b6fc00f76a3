package storyline.admin;

import java.util.Arrays;
import java.util.List;
import storyline.db.Coded;

/** One choice of a select or a set of checkboxes. */
public record Option(String value, String label) {

  public static <E extends Enum<E> & Coded> List<Option> of(Class<E> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(e -> new Option(e.code(), e.label()))
        .toList();
  }
}
