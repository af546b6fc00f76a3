package storyline.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Choices of a select under one heading, as an {@code <optgroup>}; a group without a label is a
 * plain run of options.
 */
public record OptionGroup(String label, List<Option> options) {

  /**
   * The options whose values are in {@code first} under {@code firstLabel}, the rest after them
   * under {@code restLabel}; one plain group when either part is empty, which needs no headings.
   */
  public static List<OptionGroup> split(
      List<Option> all, Set<String> first, String firstLabel, String restLabel) {
    List<Option> mine = new ArrayList<>();
    List<Option> rest = new ArrayList<>();
    for (Option o : all) {
      (first.contains(o.value()) ? mine : rest).add(o);
    }
    if (mine.isEmpty() || rest.isEmpty()) {
      return List.of(new OptionGroup(null, all));
    }
    return List.of(new OptionGroup(firstLabel, mine), new OptionGroup(restLabel, rest));
  }

  /** Every option of the groups, in their order: for checkboxes, which have no headings. */
  public static List<Option> flat(List<OptionGroup> groups) {
    return groups.stream().flatMap(g -> g.options().stream()).toList();
  }
}
