package storyline.place;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import storyline.admin.Option;

/**
 * The countries a place can be in, by their English names as the JDK's locale data gives them for
 * the ISO 3166 codes ("Russia", "United States"): one spelling for every place of a country, so
 * that filters and exports group them.
 */
public final class Countries {
  private static final List<String> NAMES =
      java.util.Arrays.stream(Locale.getISOCountries())
          .map(code -> new Locale("", code).getDisplayCountry(Locale.ENGLISH))
          .distinct()
          .sorted()
          .toList();

  private static final Set<String> KNOWN = Set.copyOf(NAMES);

  private Countries() {}

  /** Whether {@code name} is one of the list's names. */
  public static boolean known(String name) {
    return KNOWN.contains(name);
  }

  /**
   * The list as a menu's options; with {@code kept} first when it is not in the list (a place saved
   * before the list, under another spelling), so that saving it again keeps it.
   */
  public static List<Option> options(String kept) {
    java.util.ArrayList<Option> options = new java.util.ArrayList<>();
    if (kept != null && !kept.isBlank() && !KNOWN.contains(kept)) {
      options.add(new Option(kept, kept));
    }
    NAMES.forEach(name -> options.add(new Option(name, name)));
    return options;
  }
}
