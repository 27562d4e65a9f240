package dev.claimdiff.extract.discourse;

import dev.claimdiff.extract.engine.matchers.CharTrie;
import dev.claimdiff.lang.WordPatterns;
import dev.claimdiff.nlp.Sentence;
import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Where the matches of one of the lexicon's word patterns lie in a sentence, found once per
 * sentence and kept in its article's context: the checks that read the words shortly before or
 * after a figure or a date (future cues, revision words, expected markers) then look up their
 * reach in them, instead of searching the text again for every figure and date of the sentence.
 * The offsets are start and end of each match in turn, in text order.
 */
public final class SentenceMatches {
  private SentenceMatches() {}

  /** The matches of {@code words} in {@code sentence}, kept under {@code key}. */
  public static int[] of(ArticleContext ctx, Sentence sentence, String key, Words words) {
    return ctx.perSentence(key, sentence, s -> words.matches(ctx.text, s.start(), s.end()));
  }

  /**
   * A word list to find in sentences, as {@link WordPatterns#alternation} matches it (compiled
   * with Unicode character classes, as {@code LanguageRules.pattern} compiles it). A list of
   * lower-case ASCII words is followed in a {@link CharTrie} instead of the regex: no case
   * variants of one word then stand beside each other in the regex's trie, so its first match at
   * a position (the deepest word on the one path the text takes, that no letter or digit
   * follows) is the trie's longest whole word there. A sentence with a surrogate character is
   * searched with the regex (the look-arounds read code points there, the trie characters).
   */
  public static final class Words {
    private final Pattern pattern;
    private final @Nullable CharTrie trie;

    private Words(Pattern pattern, @Nullable CharTrie trie) {
      this.pattern = pattern;
      this.trie = trie;
    }

    /** The words of a list. */
    public static Words of(Collection<String> words) {
      Pattern pattern = Pattern.compile(WordPatterns.alternation(words),
          Pattern.UNICODE_CHARACTER_CLASS);
      boolean plain = words.stream().allMatch(w -> w.chars().allMatch(c -> c < 0x80
          && !(c >= 'A' && c <= 'Z')));
      return new Words(pattern, plain ? CharTrie.of(words, true) : null);
    }

    /** The pattern the words are found as. */
    public Pattern pattern() {
      return pattern;
    }

    /** Whether the words are followed in a trie (else by the regex). */
    boolean followsTrie() {
      return trie != null;
    }

    /**
     * Whether a word of the list stands in {@code text[start, end)}, as {@code find()} over that
     * region (its bounds opaque, as a matcher's are by default) would find one.
     */
    boolean occurIn(String text, int start, int end) {
      return matches(text, start, end).length > 0;
    }

    int[] matches(String text, int start, int end) {
      return trie == null || hasSurrogate(text, start, end)
          ? atWordStarts(text, start, end, pattern) : atWordStarts(text, start, end, trie);
    }
  }

  private static boolean hasSurrogate(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (Character.isSurrogate(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@link #atWordStarts(String, int, int, Pattern)} with the words in a trie: at each position
   * where no letter or digit stands before (the sentence's own text: its start is one), the
   * longest word that no letter or digit follows in the sentence.
   */
  static int[] atWordStarts(String text, int start, int end, CharTrie words) {
    String part = text.substring(start, end);
    Found found = new Found();
    int n = part.length();
    for (int at = 0; at < n; ) {
      // the first character first: a look-up in a table, and most characters start no word
      if (!words.mayStartAt(part, at, n)
          || at > 0 && (isWordChar(part.charAt(at - 1)) || Character.isDigit(part.charAt(at - 1)))) {
        at++;
        continue;
      }
      int e = words.longestWholeWordEnd(part, at, n);
      if (e > at) {
        found.add(start + at, start + e);
        at = e;
      } else {
        at++;
      }
    }
    return found.offsets();
  }

  /** The matches of {@code find()} over {@code text[start, end)}. */
  static int[] everywhere(String text, int start, int end, Pattern pattern) {
    Matcher m = pattern.matcher(text).region(start, end);
    Found found = new Found();
    while (m.find()) {
      found.add(m.start(), m.end());
    }
    return found.offsets();
  }

  /**
   * The same matches for a pattern that can match only where no letter or digit stands before
   * ({@link WordPatterns#opensAtWordStart}), tried only there: {@code find()} tries every
   * character. The sentence is matched as a text of its own, so that look-around stops at its
   * ends as it does at the ends of {@code find()}'s region.
   */
  static int[] atWordStarts(String text, int start, int end, Pattern pattern) {
    String part = text.substring(start, end);
    Matcher m = pattern.matcher(part).useTransparentBounds(true).useAnchoringBounds(false);
    Found found = new Found();
    int n = part.length();
    for (int at = 0; at <= n; ) {
      if (at > 0 && isWordChar(part.charAt(at - 1))) {
        at++;
        continue;
      }
      m.region(at, n);
      if (m.lookingAt()) {
        found.add(start + m.start(), start + m.end());
        at = m.end() > m.start() ? m.end() : m.end() + 1;
      } else {
        at++;
      }
    }
    return found.offsets();
  }

  /** A letter ({@code \p{L}}) or an ASCII digit: after one, no match of such a pattern starts. */
  private static boolean isWordChar(char c) {
    return c >= '0' && c <= '9' || Character.isLetter(c);
  }

  /** Start and end offsets, in turn. */
  private static final class Found {
    private int[] offsets = new int[8];
    private int count;

    void add(int start, int end) {
      if (count == offsets.length) {
        offsets = java.util.Arrays.copyOf(offsets, 2 * count);
      }
      offsets[count++] = start;
      offsets[count++] = end;
    }

    int[] offsets() {
      return java.util.Arrays.copyOf(offsets, count);
    }
  }

  /** The index (into {@code matches}) of the last match that lies within [from, to), or -1. */
  public static int lastWithin(int[] matches, int from, int to) {
    int last = -1;
    for (int i = 0; i < matches.length && matches[i] < to; i += 2) {
      if (matches[i] >= from && matches[i + 1] <= to) {
        last = i;
      }
    }
    return last;
  }

  /** The end of the last match that lies within [from, to), or -1. */
  public static int lastEndWithin(int[] matches, int from, int to) {
    int last = lastWithin(matches, from, to);
    return last < 0 ? -1 : matches[last + 1];
  }

  /**
   * The index of the first match that lies within [from, to) and is followed by white space
   * only, at least one character of it, up to {@code to} (the words right before a number), or -1.
   */
  public static int firstEndingBefore(int[] matches, CharSequence text, int from, int to) {
    for (int i = 0; i < matches.length && matches[i] < to; i += 2) {
      if (matches[i] >= from && matches[i + 1] < to && blank(text, matches[i + 1], to)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean blank(CharSequence text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(text.charAt(i)) && !Character.isSpaceChar(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
