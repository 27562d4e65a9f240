package dev.claimdiff.lang;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

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
    return "(?i:" + firstCharacters(words) + BEFORE + trie(words) + AFTER + ")";
  }

  /**
   * Like {@link #alternation} but open at the end, for words that take a suffix in the pattern
   * that follows ({@code ujar} + {@code nya}).
   */
  public static String prefixAlternation(Collection<String> words) {
    return "(?i:" + firstCharacters(words) + BEFORE + trie(words) + ")";
  }

  /** Like {@link #alternation}, but the words keep the case they are listed with. */
  public static String caseSensitiveAlternation(Collection<String> words) {
    return "(?-i:" + firstCharacters(words) + BEFORE + trie(words) + AFTER + ")";
  }

  /**
   * Whether {@code pattern} is one of {@link #alternation}'s, {@link #prefixAlternation}'s or
   * {@link #caseSensitiveAlternation}'s, nothing before or after it: every match then starts
   * where no letter or digit stands before, so a search may skip the other positions.
   */
  public static boolean opensAtWordStart(java.util.regex.Pattern pattern) {
    String p = pattern.pattern();
    String open = p.startsWith("(?i:") ? "(?i:" : p.startsWith("(?-i:") ? "(?-i:" : null;
    if (open == null) {
      return false;
    }
    String rest = p.substring(open.length());
    if (rest.startsWith(FIRST_OPEN)) {
      rest = rest.substring(rest.indexOf(FIRST_CLOSE) + FIRST_CLOSE.length());
    }
    return rest.startsWith(BEFORE) && closingParen(p) == p.length() - 1;
  }

  private static final String FIRST_OPEN = "(?=[";
  private static final String FIRST_CLOSE = "])";

  /**
   * A look-ahead for the characters the words can start with ({@code (?=[kmt])}), written before
   * the trie: java.util.regex tries a trie's first branches one after the other at every
   * position, folding the case of the character for each, while a class is one look-up, so most
   * positions (where no word starts) fail at once. The class holds exactly the first symbols of
   * the trie's branches, under the same case flag, so the alternation matches exactly where it
   * did. Empty for no words.
   */
  private static String firstCharacters(Collection<String> words) {
    java.util.Set<String> firsts = new java.util.TreeSet<>();
    for (String word : words) {
      if (word.isEmpty()) {
        continue;
      }
      String w = word.strip();
      if (w.isEmpty()) {
        return ""; // the trie lets the empty word match (its root ends a word): no first character
      }
      firsts.add(symbol(w.codePointAt(0)));
    }
    return firsts.isEmpty() ? "" : FIRST_OPEN + String.join("", firsts) + FIRST_CLOSE;
  }

  /** How the trie writes a character that is not white space. */
  private static String symbol(int cp) {
    return Character.isLetterOrDigit(cp) ? new String(Character.toChars(cp))
        : String.format("\\x{%X}", cp);
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

  /**
   * A case-sensitive trie of literal words (no boundaries), for names; branches of few words are
   * written flat ({@link #flat}): the gazetteer's names would otherwise give a pattern that holds
   * them hundreds of groups.
   */
  public static String literalTrie(Collection<String> words) {
    String flat = trie(words, true);
    return flat != null ? flat : trie(words);
  }

  private static final class Node {
    final Map<String, Node> children = new TreeMap<>();
    boolean terminal;
  }

  /**
   * The most words a branch of a flattened trie lists one after the other in one group
   * ({@link #flat}).
   */
  private static final int FLAT_WORDS = 32;
  private static final java.util.regex.Pattern UNICODE_SPACE =
      java.util.regex.Pattern.compile("\\s", java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);

  private static String trie(Collection<String> words) {
    // not flat: always written
    return java.util.Objects.requireNonNull(trie(words, false));
  }

  /**
   * The trie of the words; {@code flat}: branches of few words written flat ({@link #flat}), or
   * null when the words cannot be.
   */
  private static @Nullable String trie(Collection<String> words, boolean flat) {
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
          symbol = symbol(cp);
          i += Character.charCount(cp);
        }
        node = node.children.computeIfAbsent(symbol, s -> new Node());
      }
      node.terminal = true;
    }
    if (root.children.isEmpty()) {
      return "(?!)";
    }
    if (flat && !words.stream().allMatch(WordPatterns::flattens)) {
      return null;
    }
    StringBuilder sb = new StringBuilder("(?:");
    emit(root, flat, sb);
    return sb.append(')').toString();
  }

  /**
   * Whether a word's symbols each match in one way only, so that its branch may be written flat
   * ({@link #flat}): every character other than the white space the trie writes {@code \s+} is
   * one that {@code \s} does not match (a no-break space would let {@code \s+} stop before it).
   */
  private static boolean flattens(String word) {
    return word.strip().codePoints().allMatch(c -> Character.isWhitespace(c)
        || !UNICODE_SPACE.matcher(new String(Character.toChars(c))).matches());
  }

  /** How many words end at or below a node. */
  private static int words(Node node) {
    int n = node.terminal ? 1 : 0;
    for (Node child : node.children.values()) {
      n += words(child);
    }
    return n;
  }

  /** Whether the trie below a node would open a group. */
  private static boolean branches(Node node) {
    if (node.children.size() > 1 || node.terminal && !node.children.isEmpty()) {
      return true;
    }
    for (Node child : node.children.values()) {
      if (branches(child)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A branch of few words ({@value #FLAT_WORDS} at most) written as the list of its words' rests,
   * in the order the trie tries them (each child's in turn, the node's own word last): one group
   * instead of one per node that branches. java.util.regex gives every group, capturing or not, a
   * slot that each try of the pattern clears, and the gazetteer's trie has hundreds of them. The
   * same words are tried in the same order, each symbol matching in one way only
   * ({@link #flattens}), so the matches are the same.
   */
  private static void flat(Node node, StringBuilder sb) {
    List<String> rests = new ArrayList<>();
    rests(node, new StringBuilder(), rests);
    boolean own = rests.get(rests.size() - 1).isEmpty();
    if (own) {
      rests.remove(rests.size() - 1);
    }
    sb.append("(?:").append(String.join("|", rests)).append(own ? ")?" : ")");
  }

  /** The rests of the words below a node, in the trie's order, after {@code prefix}. */
  private static void rests(Node node, StringBuilder prefix, List<String> out) {
    for (Map.Entry<String, Node> e : node.children.entrySet()) {
      int length = prefix.length();
      prefix.append(e.getKey());
      rests(e.getValue(), prefix, out);
      prefix.setLength(length);
    }
    if (node.terminal) {
      out.add(prefix.toString());
    }
  }

  private static void emit(Node node, boolean flat, StringBuilder sb) {
    int branches = node.children.size();
    if (branches == 0) {
      return;
    }
    if (flat && branches(node) && words(node) <= FLAT_WORDS) {
      flat(node, sb);
      return;
    }
    boolean group = branches > 1 || node.terminal;
    if (group) {
      sb.append("(?:");
    }
    boolean first = true;
    for (Map.Entry<String, Node> e : node.children.entrySet()) {
      sb.append(first ? "" : "|").append(e.getKey());
      emit(e.getValue(), flat, sb);
      first = false;
    }
    if (group) {
      sb.append(node.terminal ? ")?" : ")");
    }
  }
}
