package dev.claimdiff.extract.engine;

import dev.claimdiff.extract.en.EnglishMorphology;
import dev.claimdiff.extract.id.IndonesianMorphology;
import dev.claimdiff.lang.Language;

/**
 * What a language's words carry that a word list cannot say, asked by the engine: an enclitic
 * written onto a word without a space (Indonesian {@code -nya}: 'Menurutnya', 'katanya'). Each
 * language implements it in its own package ({@code dev.claimdiff.extract.id},
 * {@code dev.claimdiff.extract.en}), the way Lucene's {@code analysis/id} holds Indonesian code;
 * the generic engine names no word of any language.
 *
 * <p>Where it is asked: the name grammar (a capitalised stop word with an enclitic,
 * 'Menurutnya', starts no name: {@code $ENCLITIC} in the macros and the native name matcher) and
 * the patterns built in code after a speech verb ('katanya').
 */
public interface Morphology {
  /**
   * Where the enclitic that starts at {@code at} (right after a word) ends, or -1 when none does;
   * the text up to {@code limit} is read. Whether a word ends after it is for the caller to ask.
   */
  int encliticEnd(CharSequence text, int at, int limit);

  /**
   * A regular expression that matches an enclitic or the empty string ({@code (?:nya)?}; empty
   * for a language without enclitics), for patterns built in code and the built-in macro
   * {@code $ENCLITIC}.
   */
  String optionalEnclitic();

  /** The morphology of a language (every language must name one). */
  static Morphology of(Language language) {
    return switch (language) {
      case INDONESIAN -> IndonesianMorphology.INSTANCE;
      case ENGLISH -> EnglishMorphology.INSTANCE;
    };
  }
}
