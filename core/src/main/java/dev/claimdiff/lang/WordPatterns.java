package dev.claimdiff.lang;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/** Turns word lists into regular expressions that match whole words. */
public final class WordPatterns {
  private WordPatterns() {}

  /**
   * A case-insensitive group matching any of the words as whole words, longest first so that
   * {@code mengatakan} wins over {@code mengata}. Spaces inside an entry match any white space.
   */
  public static String alternation(Collection<String> words) {
    List<String> sorted = new ArrayList<>(words);
    sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s));
    StringBuilder sb = new StringBuilder("(?i:(?<![\\p{L}\\d])(?:");
    for (int i = 0; i < sorted.size(); i++) {
      if (i > 0) {
        sb.append('|');
      }
      sb.append(Pattern.quote(sorted.get(i)).replace(" ", "\\E\\s+\\Q"));
    }
    return sb.append(")(?![\\p{L}\\d]))").toString();
  }

  /**
   * Like {@link #alternation} but open at the end, for words that take a suffix in the pattern
   * that follows ({@code ujar} + {@code nya}).
   */
  public static String prefixAlternation(Collection<String> words) {
    String whole = alternation(words);
    return whole.substring(0, whole.length() - "(?![\\p{L}\\d]))".length()) + ")";
  }
}
