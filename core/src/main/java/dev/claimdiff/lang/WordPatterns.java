package dev.claimdiff.lang;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns word lists into regular expressions that match whole words.
 *
 * <p>The alternation is written as a trie ({@code (?:ka(?:ta|bar)|…)}), not as a flat list of
 * words: a regex engine tries a flat alternation's words one by one at every position, and a
 * trie only the branch of the letter it sees, which matters for lists of hundreds of names.
 * Longer words are still preferred: every branch tries to go on before it ends.
 */
public final class WordPatterns {
  /** White space, compiled once ({@code String.split("\\s+")} compiles it at every call). */
  public static final java.util.regex.Pattern WHITE_SPACE = java.util.regex.Pattern.compile("\\s+");

  private static final String BEFORE = "(?<![\\p{L}\\d])";
  private static final String AFTER = "(?![\\p{L}\\d])";

  private WordPatterns() {}

  /**
   * A case-insensitive group matching any of the words as whole words, preferring the longest
   * ({@code mengatakan} over {@code mengata}). Spaces inside an entry match any white space.
   */
  public static String alternation(Collection<String> words) {
    return "(?i:" + BEFORE + trie(words) + AFTER + ")";
  }

  /**
   * Like {@link #alternation} but open at the end, for words that take a suffix in the pattern
   * that follows ({@code ujar} + {@code nya}).
   */
  public static String prefixAlternation(Collection<String> words) {
    return "(?i:" + BEFORE + trie(words) + ")";
  }

  /** Like {@link #alternation}, but the words keep the case they are listed with. */
  public static String caseSensitiveAlternation(Collection<String> words) {
    return "(?-i:" + BEFORE + trie(words) + AFTER + ")";
  }

  /**
   * Whether {@code pattern} is one of {@link #alternation}'s, {@link #prefixAlternation}'s or
   * {@link #caseSensitiveAlternation}'s, nothing before or after it: every match then starts
   * where no letter or digit stands before, so a search may skip the other positions.
   */
  public static boolean opensAtWordStart(java.util.regex.Pattern pattern) {
    String p = pattern.pattern();
    return (p.startsWith("(?i:" + BEFORE) || p.startsWith("(?-i:" + BEFORE))
        && closingParen(p) == p.length() - 1;
  }

  /** Where the group opened by a pattern's first character closes, or -1. */
  private static int closingParen(String p) {
    int depth = 0;
    boolean inClass = false;
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      if (c == '\\') {
        i++;
      } else if (inClass) {
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /** A case-sensitive trie of literal words (no boundaries), for names. */
  public static String literalTrie(Collection<String> words) {
    return trie(words);
  }

  private static final class Node {
    final Map<String, Node> children = new TreeMap<>();
    boolean terminal;
  }

  private static String trie(Collection<String> words) {
    Node root = new Node();
    for (String word : words) {
      if (word.isEmpty()) {
        continue;
      }
      Node node = root;
      String w = word.strip();
      for (int i = 0; i < w.length(); ) {
        int cp = w.codePointAt(i);
        String symbol;
        if (Character.isWhitespace(cp)) {
          symbol = "\\s+";
          while (i < w.length() && Character.isWhitespace(w.codePointAt(i))) {
            i += Character.charCount(w.codePointAt(i));
          }
        } else {
          symbol = Character.isLetterOrDigit(cp) ? new String(Character.toChars(cp))
              : String.format("\\x{%X}", cp);
          i += Character.charCount(cp);
        }
        node = node.children.computeIfAbsent(symbol, s -> new Node());
      }
      node.terminal = true;
    }
    return root.children.isEmpty() ? "(?!)" : "(?:" + emit(root) + ")";
  }

  private static String emit(Node node) {
    StringBuilder sb = new StringBuilder();
    int branches = node.children.size();
    if (branches == 0) {
      return "";
    }
    boolean group = branches > 1 || node.terminal;
    if (group) {
      sb.append("(?:");
    }
    boolean first = true;
    for (Map.Entry<String, Node> e : node.children.entrySet()) {
      sb.append(first ? "" : "|").append(e.getKey()).append(emit(e.getValue()));
      first = false;
    }
    if (group) {
      sb.append(node.terminal ? ")?" : ")");
    }
    return sb.toString();
  }
}
