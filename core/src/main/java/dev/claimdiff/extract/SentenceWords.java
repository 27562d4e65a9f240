package dev.claimdiff.extract;

import dev.claimdiff.nlp.Sentence;
import java.util.Locale;

/**
 * The words of one sentence as rules' triggers check them: lower-cased token texts, and whether
 * any token has a digit. Built once per sentence and shared by every rule file.
 */
final class SentenceWords {
  private final String[] lower;
  private final boolean digit;

  SentenceWords(Sentence sentence) {
    this.lower = new String[sentence.tokens().size()];
    boolean anyDigit = false;
    for (int k = 0; k < lower.length; k++) {
      String text = sentence.tokens().get(k).text();
      lower[k] = text.toLowerCase(Locale.ROOT);
      for (int i = 0; i < text.length() && !anyDigit; i++) {
        anyDigit = Character.isDigit(text.charAt(i));
      }
    }
    this.digit = anyDigit;
  }

  /** The lower-cased text of token {@code k} of the sentence. */
  String lower(int k) {
    return lower[k];
  }

  boolean hasDigit() {
    return digit;
  }
}
