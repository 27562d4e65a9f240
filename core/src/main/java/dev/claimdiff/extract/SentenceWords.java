package dev.claimdiff.extract;

import com.google.common.collect.ImmutableSet;
import dev.claimdiff.nlp.Sentence;
import dev.claimdiff.nlp.Token;
import java.util.Locale;

/**
 * The words of one sentence as a rule's trigger checks them: lower-cased token texts, and
 * whether any token has a digit or is a mention. Built once per sentence and shared by every
 * rule, so that a rule whose trigger words are absent costs a few set look-ups.
 */
final class SentenceWords {
  private final ImmutableSet<String> words;
  private final boolean digit;
  private final boolean mention;

  SentenceWords(Sentence sentence, CharSequence maskedText) {
    ImmutableSet.Builder<String> builder = ImmutableSet.builder();
    boolean anyDigit = false;
    boolean anyMention = false;
    for (Token t : sentence.tokens()) {
      builder.add(t.text().toLowerCase(Locale.ROOT));
      for (int i = 0; i < t.text().length() && !anyDigit; i++) {
        anyDigit = Character.isDigit(t.text().charAt(i));
      }
      anyMention |= maskedText.charAt(t.start()) == Mentions.MASK_START;
    }
    this.words = builder.build();
    this.digit = anyDigit;
    this.mention = anyMention;
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
