package dev.claimdiff.extract;

import dev.claimdiff.nlp.Sentence;
import dev.claimdiff.nlp.Token;
import java.util.HashSet;
import java.util.Locale;

/**
 * The words of one sentence as a rule's trigger checks them: lower-cased token texts, and
 * whether any token has a digit or is a mention. Built once per sentence and shared by every
 * rule, so that a rule whose trigger words are absent costs a few set look-ups.
 */
final class SentenceWords {
  private final Sentence sentence;
  private final String[] lower;
  private final HashSet<String> words;
  private final boolean digit;
  private boolean mention;

  SentenceWords(Sentence sentence) {
    this.sentence = sentence;
    this.words = new HashSet<>(sentence.tokens().size() * 2);
    this.lower = new String[sentence.tokens().size()];
    boolean anyDigit = false;
    for (int k = 0; k < lower.length; k++) {
      String text = sentence.tokens().get(k).text();
      lower[k] = text.toLowerCase(Locale.ROOT);
      words.add(lower[k]);
      for (int i = 0; i < text.length() && !anyDigit; i++) {
        anyDigit = Character.isDigit(text.charAt(i));
      }
    }
    this.digit = anyDigit;
  }

  /** Notes whether a token of the sentence starts a mention in the masked text. */
  void markMentions(CharSequence maskedText) {
    for (Token t : sentence.tokens()) {
      if (maskedText.charAt(t.start()) == Mentions.MASK_START) {
        mention = true;
        return;
      }
    }
  }

  /** The lower-cased text of token {@code k} of the sentence. */
  String lower(int k) {
    return lower[k];
  }

  boolean has(String word) {
    return words.contains(word);
  }

  boolean hasPrefix(String prefix) {
    for (String w : words) {
      if (w.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  boolean hasDigit() {
    return digit;
  }

  boolean hasMention() {
    return mention;
  }
}
