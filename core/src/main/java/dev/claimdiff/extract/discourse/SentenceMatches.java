package dev.claimdiff.extract.discourse;

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
    return ctx.perSentence(key, sentence, s -> {
      Matcher m = pattern.matcher(ctx.text).region(s.start(), s.end());
      int[] found = new int[8];
      int count = 0;
      while (m.find()) {
        if (count == found.length) {
          found = java.util.Arrays.copyOf(found, 2 * count);
        }
        found[count++] = m.start();
        found[count++] = m.end();
      }
      return java.util.Arrays.copyOf(found, count);
    });
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
