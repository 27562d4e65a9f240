package dev.claimdiff.ingest;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkElementIndex;
import static com.google.common.base.Preconditions.checkPositionIndexes;


/**
 * A cleaned copy of an article's text together with where each of its characters came from, so
 * that anything found in the clean text can be pointed to in the original.
 *
 * <p>Cleaning only ever drops characters (boilerplate, the backslash of {@code \"}) or inserts
 * spaces (between glued sentences); an inserted character maps to the original position of the
 * character that follows it.
 */
public final class CleanText {
  private final String original;
  private final String text;
  private final int[] toOriginal; // length text.length() + 1

  CleanText(String original, String text, int[] toOriginal) {
    checkArgument(toOriginal.length == text.length() + 1, "offset map must cover the end");
    this.original = original;
    this.text = text;
    this.toOriginal = toOriginal;
  }

  /** The text before cleaning, exactly as decoded. */
  public String original() {
    return original;
  }

  /** The cleaned text. */
  public String text() {
    return text;
  }

  /** The offset in the original text of the clean character at {@code cleanOffset}. */
  public int toOriginal(int cleanOffset) {
    checkElementIndex(cleanOffset, toOriginal.length);
    return toOriginal[cleanOffset];
  }

  /**
   * The original span [start, end) that a clean span covers: from its first character's origin to
   * just after its last character's origin.
   */
  public int[] toOriginal(int cleanStart, int cleanEnd) {
    checkPositionIndexes(cleanStart, cleanEnd, text.length());
    if (cleanStart == cleanEnd) {
      int at = toOriginal[cleanStart];
      return new int[] {at, at};
    }
    return new int[] {toOriginal[cleanStart], toOriginal[cleanEnd - 1] + 1};
  }
}
