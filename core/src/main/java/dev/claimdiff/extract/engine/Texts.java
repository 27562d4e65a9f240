package dev.claimdiff.extract.engine;

import java.util.Locale;

/** Small string helpers used on hot paths. */
public final class Texts {

  private Texts() {}

  /** The text with each run of white space made one space, trimmed. */
  /** Is any bit of [from, to) set? (Without the copy that {@code BitSet.get(from, to)} makes.) */
  public static boolean anySet(java.util.BitSet bits, int from, int to) {
    int next = bits.nextSetBit(from);
    return next >= 0 && next < to;
  }

  /** {@code end} moved back over white space, no further than {@code floor}. */
  public static int stripEnd(String text, int floor, int end) {
    while (end > floor && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  public static String collapse(String s) {
    if (isCollapsed(s)) {
      return s; // the common case: no copy
    }
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        space = sb.length() > 0;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Whether no white space leads or ends the text, and each run of it is one plain space. */
  private static boolean isCollapsed(String s) {
    boolean previousSpace = true; // white space may not lead
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        if (previousSpace || c != ' ') {
          return false;
        }
        previousSpace = true;
      } else {
        previousSpace = false;
      }
    }
    return !previousSpace || s.isEmpty();
  }

  /** Lower case with white space collapsed: the key of a phrase in a lexicon. */
  public static String key(String s) {
    return collapse(s).toLowerCase(Locale.ROOT);
  }

  /** The number of white-space separated words. */
  public static int words(String s) {
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < s.length(); i++) {
      boolean white = Character.isWhitespace(s.charAt(i));
      if (!white && !inWord) {
        count++;
      }
      inWord = !white;
    }
    return count;
  }
}
