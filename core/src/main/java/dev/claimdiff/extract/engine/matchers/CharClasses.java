package dev.claimdiff.extract.engine.matchers;

/**
 * The regex character classes and boundaries that the native matchers and {@link CharTrie} read
 * ({@code \s}, {@code [\p{L}\d]}, {@code (?<![\p{L}\d])}), as the rules' regexes read them.
 */
public final class CharClasses {
  private CharClasses() {}

  /** A word list's alternation ({@code {list}}, $WEEKDAY, $MONTH) matches here. */
  public static boolean isWholeWord(CharTrie words, CharSequence text, int at, int limit) {
    return words.mayStartAt(text, at, limit) && boundaryBefore(text, at)
        && words.longestWholeWordEnd(text, at, limit) >= 0;
  }

  /** {@code (?<![\p{L}\d])}: the character before is no letter or digit. */
  static boolean boundaryBefore(CharSequence text, int at) {
    return at == 0 || !isLetterOrDigit(text.charAt(at - 1));
  }

  static boolean letterOrDigitAt(CharSequence text, int at) {
    return at < text.length() && isLetterOrDigit(text.charAt(at));
  }

  static boolean letterAt(CharSequence text, int at) {
    return at < text.length() && Character.isLetter(text.charAt(at));
  }

  private static boolean isLetterOrDigit(char c) {
    return Character.isLetter(c) || Character.isDigit(c);
  }

  static boolean isUpper(char c) {
    return Character.getType(c) == Character.UPPERCASE_LETTER;
  }

  static boolean isWordCharacter(char c) {
    return Character.isLetter(c) || Character.isDigit(c) || c == '\'' || c == '’' || c == '-';
  }

  /** {@code \s} with Unicode character classes: the White_Space property. */
  public static boolean isWhiteSpace(char c) {
    if (c < 0x80) {
      return c == ' ' || c >= 0x9 && c <= 0xd;
    }
    int type = Character.getType(c);
    return type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR || c >= 0x9 && c <= 0xd || c == 0x85;
  }
}
