package dev.claimdiff.extract.engine;

import dev.claimdiff.extract.TextSpan;
import java.util.List;

/**
 * The article text with every mention (a name, a titled name, a known entity, a pronoun) masked
 * by private-use characters of the same length: {@value #MASK_START_HEX} for its first character
 * and {@value #MASK_REST_HEX} for the rest. Offsets are unchanged, so a rule that runs over the
 * masked text ({@code text: mentions}) finds a speaker with the cheap macro {@code $MENTION}
 * instead of trying every name pattern at every position, and its groups still index the text.
 */
public final class Mentions {
  public static final char MASK_START = '\uE000';
  public static final char MASK_REST = '\uE001';
  static final String MASK_START_HEX = "U+E000";
  static final String MASK_REST_HEX = "U+E001";
  /** The regular expression of one masked mention. */
  public static final String PATTERN = "\\x{E000}\\x{E001}*";

  private Mentions() {}

  /** The text with the spans [start, end) masked. */
  public static String mask(String text, List<TextSpan> spans) {
    char[] chars = text.toCharArray();
    for (TextSpan span : spans) {
      chars[span.start()] = MASK_START;
      for (int i = span.start() + 1; i < span.end(); i++) {
        chars[i] = MASK_REST;
      }
    }
    return new String(chars);
  }
}
