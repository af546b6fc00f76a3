package storyline.search;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words of a text as the search index keeps them: folded (lower case, no accents), split at
 * anything that is not a letter or digit, without the commonest English words, and each with its
 * plural or singular so that "substation" finds "substations".
 */
public final class Terms {
  static final int MIN_LENGTH = 2;
  static final int MAX_LENGTH = 60;

  /** An entry's distinct words beyond these add little and cost index rows; the first count. */
  static final int MAX_PER_ENTRY = 400;

  static final int TITLE_WEIGHT = 3;
  static final int TEXT_WEIGHT = 1;

  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Set<String> STOP_WORDS =
      Set.of(
          "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "have", "in", "is",
          "it", "its", "of", "on", "or", "that", "the", "this", "to", "was", "were", "will",
          "with");

  private Terms() {}

  /** The words of a text, in order of first appearance, without stop words. */
  public static List<String> words(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    Set<String> words = new LinkedHashSet<>();
    for (String word : NOT_WORD.split(Highlighter.fold(text))) {
      if (word.length() >= MIN_LENGTH
          && word.length() <= MAX_LENGTH
          && !STOP_WORDS.contains(word)) {
        words.add(word);
      }
    }
    return List.copyOf(words);
  }

  /**
   * The postings of an entry: each word of its title or name weighs 3, each word of its other texts
   * 1, and a word in both 4.
   */
  public static Map<String, Integer> of(String title, String... texts) {
    Map<String, Integer> terms = new LinkedHashMap<>();
    for (String word : words(title)) {
      terms.put(word, TITLE_WEIGHT);
    }
    Set<String> elsewhere = new LinkedHashSet<>();
    for (String text : texts) {
      elsewhere.addAll(words(text));
    }
    for (String word : elsewhere) {
      terms.merge(word, TEXT_WEIGHT, Integer::sum);
    }
    if (terms.size() <= MAX_PER_ENTRY) {
      return terms;
    }
    Map<String, Integer> kept = new LinkedHashMap<>();
    terms.entrySet().stream().limit(MAX_PER_ENTRY).forEach(e -> kept.put(e.getKey(), e.getValue()));
    return kept;
  }

  /** The forms of a reader's word that the index may hold: itself, its plural or singular. */
  public static List<String> forms(String word) {
    Set<String> forms = new LinkedHashSet<>();
    forms.add(word);
    if (word.endsWith("ies") && word.length() > 4) {
      forms.add(word.substring(0, word.length() - 3) + "y");
    } else if (word.endsWith("es") && word.length() > 4) {
      forms.add(word.substring(0, word.length() - 2));
      forms.add(word.substring(0, word.length() - 1));
    } else if (word.endsWith("s") && !word.endsWith("ss") && word.length() > 3) {
      forms.add(word.substring(0, word.length() - 1));
    } else if (word.endsWith("y") && word.length() > 3) {
      forms.add(word.substring(0, word.length() - 1) + "ies");
      forms.add(word + "s");
    } else {
      forms.add(word + "s");
      forms.add(word + "es");
    }
    forms.removeIf(f -> f.length() < MIN_LENGTH || f.length() > MAX_LENGTH);
    return List.copyOf(forms);
  }
}
