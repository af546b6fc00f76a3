package storyline.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A reader's search as typed, in the syntax web search engines share and PostgreSQL's {@code
 * websearch_to_tsquery} reads: words, all of which must appear; {@code "a quoted phrase"}, whose
 * words must appear in that order; {@code -word} or {@code -"a phrase"}, which must not appear; and
 * {@code or} between two alternatives, which binds more loosely than the rest ({@code a b or c} is
 * a and b, or c). Anything else is read as words ({@link Terms#words}), so no input is an error.
 *
 * <p>PostgreSQL reads the text itself; H2's index has no word positions, so there a phrase asks for
 * its words, in any order. Both read the alternatives and exclusions alike.
 *
 * @param alternatives the alternatives, at least one of which an entry must match; none when the
 *     text holds no word to look for
 */
public record SearchText(List<Alternative> alternatives) {
  /**
   * The words an alternative needs, and those it must not have; its phrases are kept whole too,
   * folded, with their small words.
   */
  public record Alternative(List<String> required, List<String> excluded, List<String> phrases) {}

  private static final java.util.regex.Pattern NOT_WORD =
      java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

  /** At most this many words are looked for, as an index lookup costs one query per word. */
  static final int MAX_WORDS = 8;

  /** Reads the text; null or blank is an empty search. */
  public static SearchText parse(String text) {
    List<Alternative> alternatives = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return new SearchText(List.of());
    }
    Builder current = new Builder();
    int words = 0;
    int i = 0;
    while (i < text.length() && words < MAX_WORDS) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      boolean negated = c == '-' && i + 1 < text.length() && !isSpace(text.charAt(i + 1));
      int start = negated ? i + 1 : i;
      int end;
      String token;
      boolean quoted = start < text.length() && text.charAt(start) == '"';
      if (quoted) {
        int close = text.indexOf('"', start + 1);
        end = close < 0 ? text.length() : close + 1;
        token = text.substring(start + 1, close < 0 ? text.length() : close);
      } else {
        end = start;
        while (end < text.length() && !isSpace(text.charAt(end))) {
          end++;
        }
        token = text.substring(start, end);
      }
      i = end;
      if (!quoted && !negated && token.equalsIgnoreCase("or")) {
        if (current.hasRequired()) {
          alternatives.add(current.build());
          current = new Builder();
        }
        continue;
      }
      List<String> found = Terms.words(token);
      if (found.isEmpty()) {
        continue;
      }
      words += found.size();
      if (negated) {
        current.excluded.addAll(found);
      } else {
        current.required.addAll(found);
        if (quoted && found.size() > 1) {
          // Kept with its small words, which PostgreSQL counts as gaps between the others.
          current.phrases.add(NOT_WORD.matcher(Highlighter.fold(token)).replaceAll(" ").strip());
        }
      }
    }
    if (current.hasRequired()) {
      alternatives.add(current.build());
    }
    return new SearchText(List.copyOf(alternatives));
  }

  /** Whether there is nothing to look for: only stop words, marks or exclusions. */
  public boolean isEmpty() {
    return alternatives.isEmpty();
  }

  /** The words any alternative looks for, once each: what a page marks in its results. */
  public List<String> sought() {
    Set<String> words = new LinkedHashSet<>();
    alternatives.forEach(a -> words.addAll(a.required()));
    return List.copyOf(words);
  }

  /** The words every alternative excludes; the search page, which ranks by any word, drops them. */
  public List<String> excludedEverywhere() {
    if (alternatives.isEmpty()) {
      return List.of();
    }
    Set<String> common = new LinkedHashSet<>(alternatives.get(0).excluded());
    alternatives.forEach(a -> common.retainAll(a.excluded()));
    return List.copyOf(common);
  }

  /**
   * The search written again for PostgreSQL's {@code websearch_to_tsquery}, from the words read
   * here: both databases then look for the same folded words, without the stop words, and the same
   * eight at most.
   */
  public String websearch() {
    List<String> parts = new ArrayList<>();
    for (Alternative a : alternatives) {
      List<String> terms = new ArrayList<>();
      Set<String> inPhrases = new LinkedHashSet<>();
      for (String phrase : a.phrases()) {
        terms.add('"' + phrase + '"');
        inPhrases.addAll(List.of(phrase.split(" ")));
      }
      a.required().stream().filter(w -> !inPhrases.contains(w)).forEach(terms::add);
      a.excluded().forEach(w -> terms.add("-" + w));
      parts.add(String.join(" ", terms));
    }
    return String.join(" or ", parts);
  }

  /**
   * What the search page looks for on PostgreSQL, where an entry matching any of it is a result
   * (ranked by how much it matches): every phrase and every other word, with {@code or} between.
   */
  public String websearchAnyOf() {
    Set<String> parts = new LinkedHashSet<>();
    Set<String> inPhrases = new LinkedHashSet<>();
    for (Alternative a : alternatives) {
      for (String phrase : a.phrases()) {
        parts.add('"' + phrase + '"');
        inPhrases.addAll(List.of(phrase.split(" ")));
      }
    }
    sought().stream().filter(w -> !inPhrases.contains(w)).forEach(parts::add);
    return String.join(" or ", parts);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c);
  }

  private static final class Builder {
    private final Set<String> required = new LinkedHashSet<>();
    private final Set<String> excluded = new LinkedHashSet<>();
    private final List<String> phrases = new ArrayList<>();

    boolean hasRequired() {
      return !required.isEmpty();
    }

    Alternative build() {
      return new Alternative(List.copyOf(required), List.copyOf(excluded), List.copyOf(phrases));
    }
  }
}
