package dev.claimdiff.nlp;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * One token of the cleaned text.
 *
 * @param text the token as it stands in the cleaned text
 * @param start its first character in the cleaned text
 * @param end just past its last character in the cleaned text
 */
public record Token(String text, int start, int end) {
  public Token {
    checkArgument(0 <= start && start < end, "bad token span [%s, %s)", start, end);
  }
}
