package dev.claimdiff.lang;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * What a literal character of a case-insensitive group matches in java.util.regex under Unicode
 * case folding, written as a class the engine looks up without case mappings
 * ({@link WordPatterns#foldedAlternation}).
 *
 * <p>With {@code CASE_INSENSITIVE} and {@code UNICODE_CASE}, a character {@code p} alone in the
 * pattern matches a character {@code c} when {@code fold(p) == c} or {@code fold(p) == fold(c)},
 * {@code fold(x) = Character.toLowerCase(Character.toUpperCase(x))}, if {@code p} has case
 * ({@code toUpperCase(p) != fold(p)}), and only {@code p} itself if not; in a run of literal
 * characters every one is compared the first way. The class here is the first set, computed over
 * every code point; a character for which the two ways differ, or whose set holds a
 * supplementary character (which the engine reads as a code point where a class of BMP
 * characters reads a {@code char}), has none, and its list keeps the case-insensitive form.
 */
final class CaseFolding {
  /** For each folded character, the other code points that fold to it (the table's only use). */
  private static final Map<Integer, int[]> OTHERS = others();
  private static final Map<Integer, String> SYMBOLS = new java.util.concurrent.ConcurrentHashMap<>();
  /** In {@link #SYMBOLS}: the character matches only itself; cannot be written as a class. */
  private static final String ITSELF = "=";
  private static final String NONE = "!";

  private CaseFolding() {}

  static int fold(int cp) {
    return Character.toLowerCase(Character.toUpperCase(cp));
  }

  /**
   * How the folded trie writes code point {@code cp}, which the plain trie writes as
   * {@code literal}: the literal when it matches only itself, a class when it matches more, null
   * when it cannot be written so.
   */
  static @Nullable String symbol(int cp, String literal) {
    String known = SYMBOLS.computeIfAbsent(cp, CaseFolding::write);
    return known.equals(NONE) ? null : known.equals(ITSELF) ? literal : known;
  }

  /** The class of code point {@code cp}, {@link #ITSELF} or {@link #NONE}. */
  private static String write(int cp) {
    TreeSet<Integer> matched = matches(cp);
    boolean hasCase = Character.toUpperCase(cp) != fold(cp);
    if (!hasCase && !(matched.size() == 1 && matched.first() == cp)) {
      return NONE; // alone it would match only itself, in a run more
    }
    if (Character.isSupplementaryCodePoint(cp) || matched.last() > Character.MAX_VALUE) {
      return NONE;
    }
    if (matched.size() == 1) {
      return ITSELF;
    }
    StringBuilder sb = new StringBuilder("[");
    for (int c : matched) {
      sb.append(String.format("\\x{%X}", c));
    }
    return sb.append(']').toString();
  }

  /** Every code point {@code c} with {@code fold(cp) == c || fold(cp) == fold(c)}. */
  static TreeSet<Integer> matches(int cp) {
    int folded = fold(cp);
    TreeSet<Integer> matched = new TreeSet<>();
    matched.add(folded);
    int[] others = OTHERS.get(folded);
    if (others != null) {
      for (int c : others) {
        matched.add(c);
      }
    }
    return matched;
  }

  private static Map<Integer, int[]> others() {
    Map<Integer, List<Integer>> lists = new HashMap<>();
    for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
      int f = fold(c);
      if (f != c) {
        lists.computeIfAbsent(f, k -> new ArrayList<>()).add(c);
      }
    }
    Map<Integer, int[]> out = new HashMap<>();
    lists.forEach((k, v) -> out.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
    return out;
  }
}
