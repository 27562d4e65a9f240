package dev.claimdiff.extract.discourse;

import dev.claimdiff.lang.WordPatterns;
import dev.claimdiff.nlp.Sentence;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the matches of one of the lexicon's word patterns lie in a sentence, found once per
 * sentence and kept in its article's context: the checks that read the words shortly before or
 * after a figure or a date (future cues, revision words, expected markers) then look up their
 * reach in them, instead of searching the text again for every figure and date of the sentence.
 * The offsets are start and end of each match in turn, in text order.
 */
public final class SentenceMatches {
  private SentenceMatches() {}

  /** The matches of {@code pattern} in {@code sentence}, kept under {@code key}. */
  public static int[] of(ArticleContext ctx, Sentence sentence, String key, Pattern pattern) {
    return ctx.perSentence(key, sentence, s -> WordPatterns.opensAtWordStart(pattern)
        ? atWordStarts(ctx.text, s.start(), s.end(), pattern)
        : everywhere(ctx.text, s.start(), s.end(), pattern));
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
