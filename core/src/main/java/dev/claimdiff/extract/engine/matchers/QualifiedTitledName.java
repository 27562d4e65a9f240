package dev.claimdiff.extract.engine.matchers;

import static dev.claimdiff.extract.engine.matchers.CharClasses.isWhiteSpace;
import static dev.claimdiff.extract.engine.matchers.TitledName.optionalComma;
import static dev.claimdiff.extract.engine.matchers.TitledName.wordThenSpace;
import static dev.claimdiff.extract.engine.matchers.TitledName.words;

/**
 * The matcher of {@code native: qualified-titled-name}: {@code $TITLED (?: $KNOWN | $NAME )}
 * where the titles may follow words that qualify them (the shape of {@code en/macros.rules}):
 *
 * <pre>
 * $TITLED = (?: (?: {title-modifiers} | (?i: the ) | $KNOWN_GROUP (?: ['’] s )?
 *                 | $CAPWORD (?= (?: \s+ $CAPWORD )? (?: \s+ {title-modifiers} )* \s+ {titles} \s ) ) \s+ )*
 *           (?: {titles} \s+ )++ (?: , \s* )?
 * </pre>
 *
 * <p>The qualifiers are followed in the regex's order of tries (each way of the first word,
 * then of the next, before fewer words), so the first way that ends before a name is the
 * regex's; a start from which no way reached a name is remembered, which changes no result
 * (what follows a start depends on the start only) and keeps a run of words that qualify in
 * two ways from being tried in every combination, as the regex tries them. {@code names} is
 * the name grammar of the same macros ({@link NameGrammar.Shape#POSSESSIVE}).
 */
record QualifiedTitledName(NameGrammar names, CharTrie titles, CharTrie modifiers,
    CharTrie knownGroup) {

  int titledName(CharSequence text, int start, int limit) {
    int[] found = {-1};
    Next name = e -> {
      int end = names.knownOrName(text, e, limit);
      found[0] = end;
      return end >= 0;
    };
    Next titled = q -> {
      int end = titles(text, q, limit);
      return end >= 0 && optionalComma(text, end, limit, name);
    };
    return new Qualifiers(text, limit, titled).from(start) ? found[0] : -1;
  }

  /** {@code (?: {titles} \s+ )++}: possessive, one way; its end or -1. */
  private int titles(CharSequence text, int at, int limit) {
    int end = wordThenSpace(titles, text, at, limit);
    if (end < 0) {
      return -1;
    }
    int next;
    while ((next = wordThenSpace(titles, text, end, limit)) >= 0) {
      end = next;
    }
    return end;
  }

  /** {@code (?: (?: … ) \s+ )*} over one text, then {@code next}, with the failed starts. */
  private final class Qualifiers {
    private final CharSequence text;
    private final int limit;
    private final Next next;
    private int[] failed = new int[8];
    private int failures;

    Qualifiers(CharSequence text, int limit, Next next) {
      this.text = text;
      this.limit = limit;
      this.next = next;
    }

    /** One more qualifier and its white space (every way, in order), else {@code next}. */
    boolean from(int at) {
      for (int i = 0; i < failures; i++) {
        if (failed[i] == at) {
          return false;
        }
      }
      Next more = e -> {
        int spaced = spaceRun(text, e, limit);
        return spaced >= 0 && from(spaced);
      };
      boolean matched = words(modifiers, text, at, limit, more)
          || the(at) && more.at(at + 3)
          || words(knownGroup, text, at, limit,
              g -> possessiveS(g) && more.at(g + 2) || more.at(g))
          || capitalisedBeforeTitles(at, more)
          || next.at(at);
      if (!matched) {
        if (failures == failed.length) {
          failed = java.util.Arrays.copyOf(failed, failures * 2);
        }
        failed[failures++] = at;
      }
      return matched;
    }

    /** {@code (?i: the )}: no word boundary, as written (white space must follow). */
    private boolean the(int at) {
      return at + 3 <= limit && (text.charAt(at) | 0x20) == 't'
          && (text.charAt(at + 1) | 0x20) == 'h' && (text.charAt(at + 2) | 0x20) == 'e';
    }

    /** {@code ['’] s}. */
    private boolean possessiveS(int at) {
      return at + 2 <= limit && (text.charAt(at) == '\'' || text.charAt(at) == '’')
          && text.charAt(at + 1) == 's';
    }

    /**
     * {@code $CAPWORD (?= …)} then white space: of the ends of $CAPWORD only the one white
     * space follows can go on ({@code \s+} follows, and the look-ahead opens with white space
     * too), and that is the end {@link NameGrammar#capitalisedWord} gives: an initial's full
     * stop, else the whole run of the word's characters.
     */
    private boolean capitalisedBeforeTitles(int at, Next more) {
      int end = names.capitalisedWord(text, at, limit, true);
      return end >= 0 && end < limit && isWhiteSpace(text.charAt(end)) && titlesAhead(end)
          && more.at(end);
    }

    /**
     * The look-ahead {@code (?: \s+ $CAPWORD )? (?: \s+ {title-modifiers} )* \s+ {titles} \s},
     * which sees the whole text.
     */
    private boolean titlesAhead(int at) {
      int all = text.length();
      int spaced = spaceRun(text, at, all);
      if (spaced < 0) {
        return false;
      }
      int word = names.capitalisedWord(text, spaced, all, true);
      return word >= 0 && modifiersThenTitle(word) || modifiersThenTitle(at);
    }

    /** {@code (?: \s+ {title-modifiers} )* \s+ {titles} \s}, in the whole text. */
    private boolean modifiersThenTitle(int at) {
      int all = text.length();
      int spaced = spaceRun(text, at, all);
      if (spaced < 0) {
        return false;
      }
      return words(modifiers, text, spaced, all, this::modifiersThenTitle)
          || words(titles, text, spaced, all, t -> t < all && isWhiteSpace(text.charAt(t)));
    }
  }

  /**
   * {@code \s+} where what follows never begins with white space: the end of the run, or -1
   * when there is none (a shorter run would leave white space where a word must begin).
   */
  private static int spaceRun(CharSequence text, int at, int limit) {
    int end = at;
    while (end < limit && isWhiteSpace(text.charAt(end))) {
      end++;
    }
    return end > at ? end : -1;
  }
}
