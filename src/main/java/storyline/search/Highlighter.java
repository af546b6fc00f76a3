package storyline.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds a reader's words in a text, ignoring case and accents ("antonio" finds "António"), and cuts
 * the text into plain and matched pieces for the page to mark up.
 */
public final class Highlighter {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private Highlighter() {}

  /** A piece of text, matched or not. */
  public record Segment(String text, boolean match) {}

  /** Lower case without accents. */
  public static String fold(String text) {
    return MARKS
        .matcher(Normalizer.normalize(text, Normalizer.Form.NFD))
        .replaceAll("")
        .toLowerCase(Locale.ROOT);
  }

  /** Whether the folded word occurs in the text, ignoring case and accents. */
  public static boolean contains(String text, String word) {
    return text != null && fold(text).contains(word);
  }

  /** Where a headline from the database starts and ends a match: characters no text holds. */
  static final char START = '\u0002';

  static final char STOP = '\u0003';

  /**
   * A headline as PostgreSQL's {@code ts_headline} marks it (between {@link #START} and {@link
   * #STOP}) cut into pieces: it marks the words its own search matched, word forms included.
   */
  public static List<Segment> marked(String headline) {
    List<Segment> segments = new ArrayList<>();
    int at = 0;
    while (at < headline.length()) {
      int start = headline.indexOf(START, at);
      if (start < 0) {
        segments.add(new Segment(headline.substring(at), false));
        break;
      }
      if (start > at) {
        segments.add(new Segment(headline.substring(at, start), false));
      }
      int stop = headline.indexOf(STOP, start);
      int end = stop < 0 ? headline.length() : stop;
      segments.add(new Segment(headline.substring(start + 1, end), true));
      at = stop < 0 ? headline.length() : stop + 1;
    }
    segments.removeIf(s -> s.text().isEmpty());
    return segments;
  }

  /** The text cut into pieces, with each occurrence of a word marked. */
  public static List<Segment> segments(String text, List<String> words) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    Folded folded = Folded.of(text);
    boolean[] marked = new boolean[text.length()];
    for (String word : words) {
      int at = folded.text.indexOf(word);
      while (at >= 0) {
        int start = folded.origin[at];
        int end = folded.origin[at + word.length() - 1];
        for (int i = start; i <= end; i++) {
          marked[i] = true;
        }
        at = folded.text.indexOf(word, at + 1);
      }
    }
    List<Segment> segments = new ArrayList<>();
    int start = 0;
    for (int i = 1; i <= text.length(); i++) {
      if (i == text.length() || marked[i] != marked[start]) {
        segments.add(new Segment(text.substring(start, i), marked[start]));
        start = i;
      }
    }
    return segments;
  }

  /**
   * About {@code width} characters of the text around its first match, cut at word boundaries, with
   * ellipses where it was cut.
   */
  public static String excerpt(String text, List<String> words, int width) {
    if (text == null) {
      return "";
    }
    if (text.length() <= width) {
      return text;
    }
    Folded folded = Folded.of(text);
    int match = words.stream().mapToInt(folded.text::indexOf).filter(i -> i >= 0).min().orElse(0);
    int center = folded.origin[match];
    int to = Math.min(text.length(), Math.max(0, center - width / 3) + width);
    int from = Math.max(0, to - width);
    int firstSpace = text.indexOf(' ', from);
    if (from > 0 && firstSpace >= 0 && firstSpace < center) {
      from = firstSpace + 1;
    }
    int lastSpace = text.lastIndexOf(' ', to);
    if (to < text.length() && lastSpace > center) {
      to = lastSpace;
    }
    return (from > 0 ? "…" : "")
        + text.substring(from, to).strip()
        + (to < text.length() ? "…" : "");
  }

  /** Folded text and, for each of its characters, the index of the original it came from. */
  private record Folded(String text, int[] origin) {
    static Folded of(String original) {
      StringBuilder out = new StringBuilder(original.length());
      int[] origin = new int[original.length() * 3 + 1];
      for (int i = 0; i < original.length(); i++) {
        String piece = fold(String.valueOf(original.charAt(i)));
        for (int k = 0; k < piece.length(); k++) {
          if (out.length() >= origin.length) {
            break;
          }
          origin[out.length()] = i;
          out.append(piece.charAt(k));
        }
      }
      return new Folded(out.toString(), origin);
    }
  }
}
