package dev.claimdiff.extract.engine.matchers;

import static dev.claimdiff.extract.engine.matchers.CharClasses.boundaryBefore;
import static dev.claimdiff.extract.engine.matchers.CharClasses.isWhiteSpace;
import static dev.claimdiff.extract.engine.matchers.CharClasses.isWholeWord;
import static dev.claimdiff.extract.engine.matchers.CharClasses.isWordCharacter;
import static dev.claimdiff.extract.engine.matchers.CharClasses.letterAt;
import static dev.claimdiff.extract.engine.matchers.CharClasses.letterOrDigitAt;

import dev.claimdiff.extract.engine.Morphology;
import java.util.List;

/**
 * The name grammar of {@code macros.rules}: $KNOWN, $CAPWORD, $CAPNEXT, $NAME; the matchers of
 * {@code native: known-or-name}, {@code native: name-with-age} and
 * {@code native: possessive-known-or-name}. {@code shape} says which of the two shapes the
 * language's macros write ({@link Shape}); the words come from its lists either way.
 */
record NameGrammar(CharTrie known, CharTrie stopwords, CharTrie weekdays, CharTrie months,
    List<String> spacedParticles, List<String> hyphenedParticles, Morphology morphology,
    Shape shape, CharTrie particles, CharTrie prefixes) {
  private static final int MORE_WORDS = 4;

  /** The two shapes of $CAPWORD, $CAPNEXT and $NAME that rule files may declare. */
  enum Shape {
    /**
     * An apostrophe is a word character ({@code [\p{L}\d'’-]*}), a stop word may carry an
     * enclitic ({@code {name-stopwords+} $ENCLITIC (?![\p{L}])}), a particle may be given back
     * ({@code (?: {name-particles^} \s+ | {name-prefixes^} - )?}): {@code id/macros.rules}.
     */
    ENCLITIC,
    /**
     * An apostrophe continues a word only before two letters, so a possessive {@code 's} ends
     * a name ({@code [\p{L}\d-]* (?: ['’] \p{L}{2,} [\p{L}\d-]* )*}); a stop word is one
     * only when no letter, digit or apostrophe follows it ({@code {name-stopwords}
     * (?![\p{L}'’])}); a particle once taken is kept ({@code (?: … )?+}):
     * {@code en/macros.rules}.
     */
    POSSESSIVE
  }


  int knownOrName(CharSequence text, int start, int limit) {
    int known = known(text, start, limit);
    return known >= 0 ? known : name(text, start, limit);
  }

  /** {@code $NAME \s* \( \d{1,3} \)}. */
  int nameWithAge(CharSequence text, int start, int limit) {
    int i = name(text, start, limit);
    if (i < 0) {
      return -1;
    }
    while (i < limit && isWhiteSpace(text.charAt(i))) {
      i++;
    }
    if (i >= limit || text.charAt(i) != '(') {
      return -1;
    }
    int digits = i + 1;
    int j = digits;
    while (j < limit && j - digits < 3 && Character.isDigit(text.charAt(j))) {
      j++;
    }
    return j > digits && j < limit && text.charAt(j) == ')' ? j + 1 : -1;
  }

  /** $KNOWN: the longest gazetteer spelling here, as a whole word. */
  int known(CharSequence text, int start, int limit) {
    if (!known.mayStartAt(text, start, limit) || !boundaryBefore(text, start)) {
      return -1;
    }
    return known.longestWholeWordEnd(text, start, limit);
  }

  /** $NAME: a capitalised word, then up to four more, possessively. */
  int name(CharSequence text, int start, int limit) {
    int end = capitalisedWord(text, start, limit, true);
    return end < 0 ? -1 : moreNameWords(text, end, limit);
  }

  /** {@code (?: \s+ …? $CAPNEXT ){0,4}+} after a name's first word: where the name ends. */
  int moreNameWords(CharSequence text, int end, int limit) {
    for (int more = 0; more < MORE_WORDS; more++) {
      int next = nextWord(text, end, limit);
      if (next < 0) {
        break;
      }
      end = next;
    }
    return end;
  }

  /**
   * Every end of $CAPWORD ({@code first}) or $CAPNEXT here, in the order the regex tries them:
   * after an initial's full stop, then the run of word characters from longest to none.
   */
  boolean capitalisedWordEnds(CharSequence text, int at, int limit, boolean first,
      Next next) {
    com.google.common.base.Preconditions.checkState(shape == Shape.ENCLITIC,
        "every end of a word is followed for the enclitic shape only, not %s", shape);
    int longest = capitalisedWord(text, at, limit, first);
    if (longest < 0) {
      return false;
    }
    if (at + 1 < limit && text.charAt(at + 1) == '.' && next.at(at + 2)) {
      return true;
    }
    int run = at + 1;
    while (run < limit && isWordCharacter(text.charAt(run))) {
      run++;
    }
    for (int end = run; end > at; end--) {
      if (next.at(end)) {
        return true;
      }
    }
    return false;
  }

  /** One more word of a name after {@code end}: white space, a particle perhaps, $CAPNEXT. */
  private int nextWord(CharSequence text, int end, int limit) {
    int at = end;
    while (at < limit && isWhiteSpace(text.charAt(at))) {
      at++;
    }
    if (at == end) {
      return -1;
    }
    if (shape == Shape.POSSESSIVE) {
      return nextWordAfterKeptParticle(text, at, limit);
    }
    for (String particle : spacedParticles) {
      if (startsWith(text, at, limit, particle)) {
        int after = at + particle.length();
        int word = after;
        while (word < limit && isWhiteSpace(text.charAt(word))) {
          word++;
        }
        if (word > after) {
          int next = capitalisedWord(text, word, limit, false);
          if (next >= 0) {
            return next;
          }
        }
      }
    }
    for (String particle : hyphenedParticles) {
      if (startsWith(text, at, limit, particle) && at + particle.length() < limit
          && text.charAt(at + particle.length()) == '-') {
        int next = capitalisedWord(text, at + particle.length() + 1, limit, false);
        if (next >= 0) {
          return next;
        }
      }
    }
    return capitalisedWord(text, at, limit, false);
  }

  /**
   * {@code (?: {name-particles^} \s+ | {name-prefixes^} - )?+ $CAPNEXT} at {@code at}: the
   * first way the particle group matches is kept (possessive), so a particle not followed by
   * $CAPNEXT ends the name before it. The regex's trie tries a list's longer words first.
   */
  private int nextWordAfterKeptParticle(CharSequence text, int at, int limit) {
    int particle = longestEnd(particles, text, at, limit, true);
    if (particle >= 0) {
      int word = particle;
      while (word < limit && isWhiteSpace(text.charAt(word))) {
        word++;
      }
      return capitalisedWord(text, word, limit, false);
    }
    int prefix = longestEnd(prefixes, text, at, limit, false);
    if (prefix >= 0) {
      return capitalisedWord(text, prefix + 1, limit, false);
    }
    return capitalisedWord(text, at, limit, false);
  }

  /**
   * The end of the longest whole word of {@code words} at {@code at} that white space
   * ({@code spaced}) or a hyphen follows before {@code limit}, or -1.
   */
  private static int longestEnd(CharTrie words, CharSequence text, int at, int limit,
      boolean spaced) {
    if (!words.mayStartAt(text, at, limit) || !boundaryBefore(text, at)) {
      return -1;
    }
    int[] longest = {-1};
    words.ends(text, at, limit, end -> {
      if (end < limit && (spaced ? isWhiteSpace(text.charAt(end)) : text.charAt(end) == '-')) {
        longest[0] = end; // offered shortest first: the last one taken is the longest
      }
      return false;
    });
    return longest[0];
  }

  /**
   * $CAPWORD (first: not a name stop word, with or without -nya) or $CAPNEXT: not a weekday
   * or month, a capital, then a full stop or a run of letters, digits, apostrophes, hyphens
   * (in the possessive shape, an apostrophe only before two letters).
   */
  int capitalisedWord(CharSequence text, int at, int limit, boolean first) {
    if (at >= limit || Character.getType(text.charAt(at)) != Character.UPPERCASE_LETTER) {
      return -1;
    }
    // look-aheads see past the region's end (transparent bounds)
    int all = text.length();
    if (first && isStopword(text, at, all) || isWholeWord(weekdays, text, at, all)
        || isWholeWord(months, text, at, all)) {
      return -1;
    }
    int i = at + 1;
    if (i < limit && text.charAt(i) == '.') {
      return i + 1;
    }
    if (shape == Shape.POSSESSIVE) {
      return possessiveWordEnd(text, i, limit);
    }
    while (i < limit && isWordCharacter(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** {@code [\p{L}\d-]* (?: ['’] \p{L}{2,} [\p{L}\d-]* )*} from {@code at}, greedily. */
  private static int possessiveWordEnd(CharSequence text, int at, int limit) {
    int i = at;
    while (true) {
      while (i < limit && isLetterDigitOrHyphen(text.charAt(i))) {
        i++;
      }
      if (i + 2 < limit && isApostrophe(text.charAt(i)) && Character.isLetter(text.charAt(i + 1))
          && Character.isLetter(text.charAt(i + 2))) {
        i += 3;
      } else {
        return i;
      }
    }
  }

  private static boolean isLetterDigitOrHyphen(char c) {
    return Character.isLetter(c) || Character.isDigit(c) || c == '-';
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '’';
  }

  /**
   * {@code {name-stopwords+} $ENCLITIC (?![\p{L}])}: a stop word, perhaps with an enclitic; in
   * the possessive shape {@code {name-stopwords} (?![\p{L}'’])}.
   */
  private boolean isStopword(CharSequence text, int at, int limit) {
    if (shape == Shape.POSSESSIVE) {
      return stopwords.mayStartAt(text, at, limit) && boundaryBefore(text, at)
          && stopwords.ends(text, at, limit, end -> !letterOrDigitAt(text, end)
              && !(end < text.length() && isApostrophe(text.charAt(end))));
    }
    return stopwords.mayStartAt(text, at, limit) && boundaryBefore(text, at)
        && stopwords.ends(text, at, limit, end -> {
          if (!letterAt(text, end)) {
            return true;
          }
          int enclitic = morphology.encliticEnd(text, end, limit);
          return enclitic >= 0 && !letterAt(text, enclitic);
        });
  }

  /** The end of the first of the words that the text has at {@code at}, or -1. */
  static int startsWithAny(CharSequence text, int at, int limit, List<String> words) {
    for (String word : words) {
      if (startsWith(text, at, limit, word)) {
        return at + word.length();
      }
    }
    return -1;
  }

  static boolean startsWith(CharSequence text, int at, int limit, String word) {
    if (at + word.length() > limit) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (text.charAt(at + i) != word.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
