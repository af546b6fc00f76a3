package storyline.admin;

import java.util.List;

/** Checks on the ids that forms' selects and checkboxes send. */
public final class Ids {
  private Ids() {}

  public static boolean valid(String value) {
    return value.matches("[1-9][0-9]{0,17}");
  }

  /**
   * @param what what to choose, as it reads after "Choose": "the story", "who said it"
   */
  public static void required(FieldErrors errors, String field, String what, String value) {
    if (value.isEmpty()) {
      errors.add(field, "Choose " + what + ".");
    } else if (!valid(value)) {
      errors.add(field, "Choose " + what + " from the list.");
    }
  }

  public static void optional(FieldErrors errors, String field, String what, String value) {
    if (!value.isEmpty() && !valid(value)) {
      errors.add(field, "Choose " + what + " from the list.");
    }
  }

  /** Every incident, claim and quote cites at least one source. */
  public static void sources(FieldErrors errors, String field, List<String> values) {
    if (values.isEmpty()) {
      errors.add(field, "Cite at least one source.");
    } else if (!values.stream().allMatch(Ids::valid)) {
      errors.add(field, "Choose the sources from the list.");
    }
  }

  public static List<Long> longs(List<String> values) {
    return values.stream().filter(Ids::valid).map(Long::valueOf).distinct().toList();
  }

  public static List<String> strings(List<Long> values) {
    return values.stream().map(String::valueOf).toList();
  }

  /** Whether every id names a row of the table that is not archived. */
  public static boolean allExist(org.jdbi.v3.core.Handle handle, String table, List<Long> ids) {
    if (ids.isEmpty()) {
      return true;
    }
    int found =
        handle
            .createQuery("SELECT COUNT(*) FROM <table> WHERE id IN (<ids>) AND archived_at IS NULL")
            .define("table", table)
            .bindList("ids", ids)
            .mapTo(Integer.class)
            .one();
    return found == ids.size();
  }
}
