package dev.claimdiff.extract;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import dev.claimdiff.nlp.Sentence;
import dev.claimdiff.nlp.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the phrases of a word list in a sentence by its tokens (case-insensitive, longest phrase
 * first), in time linear in the tokens: a faster stand-in for a big regular-expression
 * alternation when only whole words are wanted.
 */
final class PhraseIndex {
  /** A phrase found: characters [start, end) of the cleaned text, and the value of the phrase. */
  record Hit(int start, int end, String value) {}

  private record Phrase(ImmutableList<String> words, String value) {}

  private final ImmutableListMultimap<String, Phrase> byFirstWord;

  /** An index of phrases, each mapped to a value (a canonical name, or the phrase itself). */
  PhraseIndex(Map<String, String> phrases) {
    List<Phrase> all = new ArrayList<>();
    phrases.forEach((phrase, value) -> all.add(
        new Phrase(ImmutableList.copyOf(phrase.toLowerCase(Locale.ROOT).split("\\s+")), value)));
    all.sort(Comparator.comparingInt((Phrase p) -> -p.words().size()));
    ImmutableListMultimap.Builder<String, Phrase> builder = ImmutableListMultimap.builder();
    all.forEach(p -> builder.put(p.words().get(0), p));
    this.byFirstWord = builder.build();
  }

  /**
   * Every phrase in the sentence, left to right, not overlapping; {@code words} are the
   * sentence's lower-cased tokens.
   */
  List<Hit> find(Sentence sentence, SentenceWords words) {
    List<Hit> hits = List.of();
    List<Token> tokens = sentence.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      for (Phrase phrase : byFirstWord.get(words.lower(i))) {
        int n = phrase.words().size();
        if (i + n > tokens.size()) {
          continue;
        }
        boolean all = true;
        for (int k = 1; k < n && all; k++) {
          all = words.lower(i + k).equals(phrase.words().get(k));
        }
        if (all) {
          if (hits.isEmpty()) {
            hits = new ArrayList<>(2);
          }
          hits.add(new Hit(tokens.get(i).start(), tokens.get(i + n - 1).end(), phrase.value()));
          i += n - 1;
          break;
        }
      }
    }
    return hits;
  }
}
