package dev.claimdiff.extract.engine.matchers;

import static dev.claimdiff.extract.engine.matchers.CharClasses.boundaryBefore;
import static dev.claimdiff.extract.engine.matchers.CharClasses.isWhiteSpace;
import static dev.claimdiff.extract.engine.matchers.CharClasses.isWholeWord;
import static dev.claimdiff.extract.engine.matchers.CharClasses.isWordCharacter;
import static dev.claimdiff.extract.engine.matchers.CharClasses.letterAt;

import dev.claimdiff.extract.engine.Morphology;
import java.util.List;

/**
 * The name grammar of {@code macros.rules}: $KNOWN, $CAPWORD, $CAPNEXT, $NAME; the matchers of
 * {@code native: known-or-name} and {@code native: name-with-age}.
 */
record NameGrammar(CharTrie known, CharTrie stopwords, CharTrie weekdays, CharTrie months,
    List<String> spacedParticles, List<String> hyphenedParticles, Morphology morphology) {
  private static final int MORE_WORDS = 4;

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
   * $CAPWORD (first: not a name stop word, with or without -nya) or $CAPNEXT: not a weekday
   * or month, a capital, then a full stop or a run of letters, digits, apostrophes, hyphens.
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
    while (i < limit && isWordCharacter(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** {@code {name-stopwords+} $ENCLITIC (?![\p{L}])}: a stop word, perhaps with an enclitic. */
  private boolean isStopword(CharSequence text, int at, int limit) {
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
